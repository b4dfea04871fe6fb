package dev.orbita.platform.demo;

import dev.orbita.platform.DemoDataContributor;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.identity.Team;
import dev.orbita.platform.identity.TeamRepository;
import dev.orbita.platform.identity.User;
import dev.orbita.platform.identity.UserRepository;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start against an empty database: creates the {@code admin} user (with the password
 * from {@code ORBITA_ADMIN_PASSWORD}, or a random one printed once), and, when demo data is enabled,
 * a sales organisation of teams and users and whatever the business modules contribute.
 */
@Component
class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    static final String DEMO_PASSWORD = "orbita-demo";

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder encoder;
    private final List<DemoDataContributor> contributors;
    private final TransactionTemplate tx;
    private final String adminPassword;
    private final boolean demoData;

    FirstStart(UserRepository users, TeamRepository teams, PasswordEncoder encoder,
            List<DemoDataContributor> contributors, TransactionTemplate tx,
            @Value("${orbita.admin-password:}") String adminPassword,
            @Value("${orbita.demo-data.enabled:false}") boolean demoData) {
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.contributors = contributors;
        this.tx = tx;
        this.adminPassword = adminPassword;
        this.demoData = demoData;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void onReady() {
        if (users.count() > 0) {
            return;
        }
        String password = adminPassword == null || adminPassword.isBlank() ? randomPassword() : adminPassword;
        List<UserSummary> created = tx.execute(status -> {
            User admin = new User("admin", encoder.encode(password), "Administrador Orbita");
            admin.update("Administrador Orbita", "admin@orbita.local", "pt-BR", "America/Sao_Paulo", null, true,
                    Set.of("ADMIN"));
            users.save(admin);
            return demoData ? demoOrganisation() : List.of();
        });
        if (adminPassword == null || adminPassword.isBlank()) {
            log.warn("\n\n    Orbita: created user 'admin' with password: {}\n    (set ORBITA_ADMIN_PASSWORD to choose it; "
                    + "this is shown only once)\n", password);
        }
        if (demoData) {
            long started = System.nanoTime();
            contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(c -> c.load(created));
            log.info("Demo data loaded in {} ms; demo users sign in with password '{}'",
                    (System.nanoTime() - started) / 1_000_000, DEMO_PASSWORD);
        }
    }

    private List<UserSummary> demoOrganisation() {
        String hash = encoder.encode(DEMO_PASSWORD);
        List<UserSummary> result = new ArrayList<>();
        Team south = teams.save(new Team("Vendas Sudeste", null));
        Team north = teams.save(new Team("Vendas Nordeste", null));
        Team service = teams.save(new Team("Atendimento", null));
        teams.flush();
        User manager = demoUser("marina.costa", "Marina Costa", hash, south, "SALES_MANAGER");
        User rep1 = demoUser("joao.silva", "João Silva", hash, south, "SALES_REP");
        User rep2 = demoUser("ana.souza", "Ana Souza", hash, south, "SALES_REP");
        User manager2 = demoUser("carlos.lima", "Carlos Lima", hash, north, "SALES_MANAGER");
        User rep3 = demoUser("beatriz.rocha", "Beatriz Rocha", hash, north, "SALES_REP");
        User agent = demoUser("paulo.alves", "Paulo Alves", hash, service, "SERVICE_AGENT");
        demoUser("lucia.martins", "Lúcia Martins", hash, null, "MARKETER");
        demoUser("rafael.nunes", "Rafael Nunes", hash, service, "FIELD_TECHNICIAN");
        demoUser("diretoria", "Helena Duarte", hash, null, "READ_ONLY");
        users.flush();
        south.update(south.getName(), manager.getId());
        north.update(north.getName(), manager2.getId());
        service.update(service.getName(), agent.getId());
        for (User u : List.of(manager, rep1, rep2, manager2, rep3)) {
            result.add(new UserSummary(u.getId(), u.getUsername(), u.getFullName(), u.getTeamId(), true));
        }
        return result;
    }

    private User demoUser(String username, String fullName, String hash, Team team, String role) {
        User user = new User(username, hash, fullName);
        user.update(fullName, username + "@orbita.local", "pt-BR", "America/Sao_Paulo",
                team == null ? null : team.getId(), true, Set.of(role));
        return users.save(user);
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
