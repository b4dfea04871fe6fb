package dev.orbita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** Lock failures of every kind a database or JPA reports become a 503 with Retry-After (ADR 016). */
class ErrorHandlingTests {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final ErrorHandling handling = new ErrorHandling(new Problems(messages), messages);

    @Test
    void aLockNotGrantedIsServiceUnavailableWithRetryAfterForTheApiAndThePages() {
        messages.addMessage("problem.unavailable.title", Locale.getDefault(), "Busy");
        for (Exception failure : List.of(new CannotAcquireLockException("lock timeout"),
                new PessimisticLockingFailureException("deadlock"),
                new jakarta.persistence.LockTimeoutException("timeout"),
                new jakarta.persistence.PessimisticLockException("pessimistic"))) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            Object answer = handling.busy(failure, new MockHttpServletRequest("PATCH", "/api/v1/accounts/1"), response);
            assertThat(answer).isInstanceOf(ResponseEntity.class);
            assertThat(((ResponseEntity<?>) answer).getStatusCode().value()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("2");

            MockHttpServletResponse page = new MockHttpServletResponse();
            Object view = handling.busy(failure, new MockHttpServletRequest("POST", "/accounts/1"), page);
            assertThat(((ModelAndView) view).getStatus().value()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).isEqualTo("2");
        }
    }
}
