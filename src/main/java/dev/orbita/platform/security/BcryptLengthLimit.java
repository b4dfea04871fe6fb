package dev.orbita.platform.security;

import dev.orbita.platform.identity.UserManagement;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder with BCrypt's 72-byte limit made explicit: {@code encode} is
 * only ever called with a password {@code UserManagement} accepted, and a longer password presented
 * at sign-in does not match (BCrypt would compare only its first 72 bytes), so it fails as any wrong
 * password does — counted by the login throttle, never a 500.
 */
final class BcryptLengthLimit implements PasswordEncoder {

    private final PasswordEncoder delegate;

    BcryptLengthLimit(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword != null && tooLong(rawPassword)) {
            return false;
        }
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    static boolean tooLong(CharSequence rawPassword) {
        return rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > UserManagement.MAX_PASSWORD_BYTES;
    }
}
