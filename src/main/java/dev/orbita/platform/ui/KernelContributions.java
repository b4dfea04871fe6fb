package dev.orbita.platform.ui;

import dev.orbita.platform.NavGroup;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shell's own navigation: home, the search page (the search box itself is in the top bar), the recycle bin
 * (everyone: administrators see every deleted record there, others their own) and the administration pages, which
 * only administrators see.
 */
@Configuration(proxyBeanMethods = false)
class KernelContributions {

    static final String ADMIN = "ADMIN";

    @Bean
    UiContributions kernelUi() {
        return UiContributions.builder()
                .nav(new NavItem(NavGroup.HOME, "home", "shell.nav.home", "/", "home", 0))
                .nav(new NavItem(NavGroup.HOME, "search", "shell.nav.search", "/search", "search", 10))
                .nav(new NavItem(NavGroup.HOME, "recycle-bin", "shell.nav.recycleBin", "/recycle-bin", "trash", 20))
                .nav(new NavItem(NavGroup.ADMIN, "admin-users", "shell.nav.users", "/admin/users", "users", 10, ADMIN))
                .nav(new NavItem(NavGroup.ADMIN, "admin-teams", "shell.nav.teams", "/admin/teams", "team", 20, ADMIN))
                .nav(new NavItem(NavGroup.ADMIN, "admin-roles", "shell.nav.roles", "/admin/roles", "shield", 30, ADMIN))
                .build();
    }
}
