package dev.orbita.recent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.platform.NavGroup;
import dev.orbita.platform.RecordChanged;
import dev.orbita.platform.RecordType;
import dev.orbita.shared.Ids;
import dev.orbita.shared.RecordRef;
import java.time.Instant;
import java.util.Set;
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
 * The module alone with the platform it depends on: a record-changed event of a record type that
 * only this test declares lands in the list, a later change replaces it, a delete removes it.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class RecentChangesModuleTests {

    @TestConfiguration
    static class ProbeType {
        @Bean
        RecordType probeRecordType() {
            return RecordType.builder("PROBE").table("probes").urls("/probes", "/api/v1/probes").label("record.PROBE")
                    .nav(NavGroup.CUSTOMERS).build();
        }
    }

    @Autowired
    JdbcClient jdbc;

    private RecordChanged event(UUID id, RecordChanged.Action action, String title) {
        return new RecordChanged(new RecordRef("PROBE", id), action, null, Instant.now(), Set.of("name"), title,
                Ids.newId(), null, null);
    }

    private String row(UUID id) {
        return jdbc.sql("select action || ':' || title from recent_changes where record_type = 'PROBE' and record_id = ?")
                .param(id).query(String.class).optional().orElse(null);
    }

    @Test
    void theLatestChangeOfARecordIsKeptAndADeleteRemovesIt(Scenario scenario) {
        UUID id = Ids.newId();
        scenario.publish(event(id, RecordChanged.Action.CREATE, "First"))
                .andWaitForStateChange(() -> row(id))
                .andVerify(r -> assertThat(r).isEqualTo("CREATE:First"));
        scenario.publish(event(id, RecordChanged.Action.UPDATE, "Renamed"))
                .andWaitForStateChange(() -> row(id), r -> r != null && r.startsWith("UPDATE"))
                .andVerify(r -> assertThat(r).isEqualTo("UPDATE:Renamed"));
        assertThat(jdbc.sql("select count(*) from recent_changes where record_id = ?").param(id).query(Long.class)
                .single()).as("one row per record").isEqualTo(1);
        scenario.publish(event(id, RecordChanged.Action.DELETE, "Renamed"))
                .andWaitForStateChange(() -> row(id) == null ? "gone" : null)
                .andVerify(r -> assertThat(row(id)).isNull());
    }
}
