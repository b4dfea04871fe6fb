package dev.orbita.platform.security;

import dev.orbita.platform.identity.User;
import dev.orbita.platform.identity.UserRepository;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class OrbitaUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    OrbitaUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .map(OrbitaUserDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    static OrbitaPrincipal principal(User u) {
        return new OrbitaPrincipal(u.getId(), u.getUsername(), u.getPasswordHash(), u.isActive(), u.getRoles());
    }
}
