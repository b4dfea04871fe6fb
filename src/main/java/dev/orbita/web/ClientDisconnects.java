package dev.orbita.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * A client that went away while its answer was being written (closed tab, timed-out script,
 * broken pipe, connection reset) is nobody's error: logged at DEBUG under this class's name and
 * answered with nothing, because nobody is left to read an error page. Runs before
 * {@link ErrorHandling}, whose catch-all would log it as an ERROR and try to write a 500 into the
 * closed connection.
 */
@Component
class ClientDisconnects implements HandlerExceptionResolver, Ordered {

    static final String LOG_CATEGORY = ClientDisconnects.class.getName();

    private final DisconnectedClientHelper helper = new DisconnectedClientHelper(LOG_CATEGORY);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        return helper.checkAndLogClientDisconnectedException(ex) ? new ModelAndView() : null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
