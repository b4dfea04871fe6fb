package dev.orbita.web.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An export cut short after its first rows were sent is logged and handed on to the servlet container
 * instead of being answered: the error handler would write a problem document after the rows, into an
 * answer that already said 200, and end it like a complete file. Thrown out of the servlet, the
 * exception makes the container close the connection without the answer's end (Tomcat closes a
 * committed answer at once on an error), and the client sees an incomplete download. Runs before the
 * application's error handling; a client that went away is {@code ClientDisconnects}' case, earlier still.
 */
@Component
class InterruptedExports implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(InterruptedExports.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (ex instanceof ExportInterruptedException interrupted) {
            log.error("Export {} {} failed after its first rows were sent; closing the connection",
                    request.getMethod(), request.getRequestURI(), interrupted.getCause());
            throw interrupted;
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
