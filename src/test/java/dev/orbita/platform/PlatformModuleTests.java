package dev.orbita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.platform.identity.IdentityChanged;
import dev.orbita.platform.identity.RoleCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The platform on its own (no business module): scopes per record type come from the database, a
 * record type nobody declared falls back to the role's default, and a change of scopes is announced
 * so that cached users are dropped.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class PlatformModuleTests {

    @Autowired
    RoleCatalog roles;

    @Autowired
    RecordTypes types;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void noBusinessRecordTypeIsKnownWithoutItsModule() {
        assertThat(types.all()).isEmpty();
    }

    @Test
    void scopesPerRecordTypeAreReadFromTheDatabaseAndChangesAreAnnounced(Scenario scenario) {
        assertThat(roles.grants("SALES_REP").read("ACCOUNT")).as("migrated unchanged").isEqualTo(Scope.TEAM);
        assertThat(roles.grants("SERVICE_AGENT").read("CONTACT")).isEqualTo(Scope.ALL);
        assertThat(roles.grants("SERVICE_AGENT").write("CONTACT")).isEqualTo(Scope.TEAM);
        assertThat(roles.grants("READ_ONLY").write("SOMETHING_NEW")).as("a role's default").isEqualTo(Scope.NONE);
        assertThat(roles.permissions("SALES_MANAGER")).contains(Permission.REASSIGN_RECORDS);
        assertThat(roles.permissions("SALES_REP")).doesNotContain(Permission.REASSIGN_RECORDS);

        try {
            scenario.stimulate(() -> roles.changeScopes("MARKETER", "TICKET", Scope.OWN, Scope.NONE))
                    .andWaitForEventOfType(IdentityChanged.class)
                    .toArriveAndVerify(e -> assertThat(roles.grants("MARKETER").read("TICKET")).isEqualTo(Scope.OWN));
            assertThat(roles.grants("MARKETER").read("ACCOUNT")).isEqualTo(Scope.ALL);
        } finally {
            jdbc.sql("delete from role_scopes where record_type = 'TICKET'").update();
        }
    }
}
