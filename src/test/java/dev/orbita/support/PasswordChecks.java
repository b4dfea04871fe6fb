package dev.orbita.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Counts how often a presented password was checked against a password hash (a BCrypt evaluation),
 * so that a test can pin how many guesses the server evaluated. The application's password encoder
 * is wrapped in tests only; only passwords a test watches are counted, so tests never see each
 * other's sign-ins.
 */
@Component
public class PasswordChecks implements BeanPostProcessor {

    private final Map<String, AtomicInteger> watched = new ConcurrentHashMap<>();

    /** From now on, counts the checks of this presented password (use a password unique to the test). */
    public void watch(String presented) {
        watched.putIfAbsent(presented, new AtomicInteger());
    }

    /** How often the watched password was checked against a hash since {@link #watch}. */
    public int checks(String presented) {
        AtomicInteger count = watched.get(presented);
        if (count == null) {
            throw new IllegalStateException("not watched: call watch(password) first");
        }
        return count.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof PasswordEncoder encoder && !(bean instanceof Counting)) {
            return new Counting(encoder, watched);
        }
        return bean;
    }

    private record Counting(PasswordEncoder delegate, Map<String, AtomicInteger> watched) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword != null) {
                AtomicInteger count = watched.get(rawPassword.toString());
                if (count != null) {
                    count.incrementAndGet();
                }
            }
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
