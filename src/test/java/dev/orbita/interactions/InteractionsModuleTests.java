package dev.orbita.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.platform.RecordType;
import dev.orbita.platform.TimelineEntryRequested;
import dev.orbita.platform.UserDirectory;
import dev.orbita.shared.Ids;
import dev.orbita.shared.RecordRef;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The module alone with the platform it depends on: a {@link TimelineEntryRequested} published by some other
 * module becomes an interaction on the account's timeline, in the actor's name, linked to the record it came from.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "search")
@ActiveProfiles("test")
class InteractionsModuleTests {

    /** The customers module is not started here: the account's record type as the kernel would know it. */
    @TestConfiguration
    static class AccountType {
        @Bean
        RecordType accountRecordType() {
            return RecordType.builder("ACCOUNT").table("accounts").urls("/accounts", "/api/v1/accounts")
                    .label("record.ACCOUNT").title("t.name").customerColumn("id").build();
        }

        @Bean
        RecordType contactRecordType() {
            return RecordType.builder("CONTACT").table("contacts").urls("/contacts", "/api/v1/contacts")
                    .label("record.CONTACT").customerColumn("account_id").build();
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory directory;

    private String entry(UUID relatedId) {
        return jdbc.sql("""
                select channel || ':' || direction || ':' || subject || ':' || cast(account_id as varchar(36))
                    || ':' || cast(owner_id as varchar(36)) || ':' || cast(handled_by as varchar(36))
                from interactions where related_id = ?""").param(relatedId).query(String.class).optional()
                .orElse(null);
    }

    @Test
    void aRequestedTimelineEntryBecomesAnInteraction(Scenario scenario) {
        UUID actor = directory.activeUsers().get(0).id();
        UUID account = Ids.newId();
        UUID ticket = Ids.newId();
        scenario.publish(new TimelineEntryRequested(RecordRef.of("ACCOUNT", account), "EMAIL", "INBOUND",
                Instant.parse("2026-12-01T10:00:00Z"), "Ticket opened by e-mail", "The oven is broken",
                RecordRef.of("TICKET", ticket), actor))
                .andWaitForStateChange(() -> entry(ticket))
                .andVerify(row -> assertThat(row).isEqualTo(
                        "EMAIL:INBOUND:Ticket opened by e-mail:" + account + ":" + actor + ":" + actor));
        assertThat(jdbc.sql("select related_type from interactions where related_id = ?").param(ticket)
                .query(String.class).single()).isEqualTo("TICKET");
    }
}
