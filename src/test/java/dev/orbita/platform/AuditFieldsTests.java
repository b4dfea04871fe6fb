package dev.orbita.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orbita.shared.contact.PhoneEntry;
import dev.orbita.shared.contact.PhoneType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

/** Snapshots from a field declaration, and the same values as a reader sees them. */
class AuditFieldsTests {

    enum Stage {
        NEW, WON
    }

    record Deal(String name, Stage stage, BigDecimal amount, UUID ownerId, List<PhoneEntry> phones, Set<String> tags,
            Instant closedAt) {
    }

    static final AuditFields<Deal> FIELDS = AuditFields.of(Deal.class).title(Deal::name)
            .text("name", Deal::name)
            .code("stage", Stage.class, Deal::stage)
            .money("amount", Deal::amount)
            .name("ownerId", Deal::ownerId)
            .items("phones", Deal::phones, ContactPointAudit.PHONES)
            .tags("tags", Deal::tags)
            .time("closedAt", Deal::closedAt)
            .build();

    private final UUID owner = UUID.randomUUID();
    private final Deal deal = new Deal("Big one", Stage.WON, new BigDecimal("1234.5"), owner,
            List.of(new PhoneEntry(PhoneType.MOBILE, dev.orbita.shared.PhoneNumber.parse("+5511987654321", "BR"))), new java.util.LinkedHashSet<>(List.of("vip", "q4")),
            Instant.parse("2026-03-01T12:00:00Z"));

    @Test
    void aSnapshotHoldsCanonicalValuesInTheDeclaredOrder() {
        Map<String, String> s = FIELDS.snapshot(deal, Map.of(owner, "Ana Souza"));
        assertThat(s.keySet()).containsExactly("name", "stage", "amount", "ownerId", "phones", "tags", "closedAt");
        assertThat(s).containsEntry("stage", "WON").containsEntry("amount", "1234.5")
                .containsEntry("ownerId", "Ana Souza").containsEntry("tags", "vip, q4")
                .containsEntry("closedAt", "2026-03-01T12:00:00Z")
                .containsEntry("phones", "[{\"type\":\"MOBILE\",\"number\":\"+5511987654321\"}]");
        assertThat(FIELDS.title(deal)).isEqualTo("Big one");
        assertThat(FIELDS.position("tags")).isLessThan(FIELDS.position("closedAt"));
        assertThat(FIELDS.position("unknown")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anIdWithoutAKnownNameIsKeptAsTheIdAndEmptyListsAreNoValue() {
        Deal bare = new Deal("x", null, null, owner, List.of(), Set.of(), null);
        Map<String, String> s = FIELDS.snapshot(bare, Map.of());
        assertThat(s.get("ownerId")).isEqualTo(owner.toString());
        assertThat(s.get("phones")).isNull();
        assertThat(s.get("stage")).isNull();
    }

    @Test
    void theReaderSeesLabelsLocalNumbersAndTheirTimeZone() {
        StaticMessageSource messages = new StaticMessageSource();
        Locale pt = Locale.forLanguageTag("pt-BR");
        messages.addMessage("enum.Stage.WON", pt, "Ganho");
        messages.addMessage("enum.PhoneType.MOBILE", pt, "Celular");
        RecordType type = RecordType.builder("DEAL").table("deals").urls("/deals", "/api/v1/deals").label("d")
                .audited(FIELDS).build();
        HistoryFormatter format = new HistoryFormatter(new RecordTypes(List.of(type)), messages,
                new dev.orbita.platform.web.DateTimeFormats(new NoUser()), null);
        LocaleContextHolder.setLocale(pt);
        try {
            Map<String, String> s = FIELDS.snapshot(deal, Map.of(owner, "Ana Souza"));
            var change = new AuditChange(UUID.randomUUID(), "UPDATE", null, null, Instant.now(), List.of(
                    new AuditChange.FieldChange("closedAt", null, s.get("closedAt")),
                    new AuditChange.FieldChange("phones", null, s.get("phones")),
                    new AuditChange.FieldChange("amount", null, s.get("amount")),
                    new AuditChange.FieldChange("stage", "NEW", s.get("stage")),
                    new AuditChange.FieldChange("legacy", "old text", "{not json")));
            HistoryEntry entry = format.render("DEAL", List.of(change)).get(0);
            assertThat(entry.fields()).extracting(HistoryEntry.Row::field)
                    .as("the form's order, unknown fields last").containsExactly("stage", "amount", "phones",
                            "closedAt", "legacy");
            assertThat(entry.fields().get(0).before()).as("a code without a label stays readable").isEqualTo("NEW");
            assertThat(entry.fields().get(0).after()).isEqualTo("Ganho");
            assertThat(entry.fields().get(1).after()).isEqualTo("1.234,50");
            assertThat(entry.fields().get(2).after()).startsWith("Celular · ").doesNotContain("+5511987654321");
            assertThat(entry.fields().get(3).after()).contains("09:00").contains("2026");
            assertThat(entry.fields().get(4).after()).isEqualTo("{not json");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** Nobody signed in: the default time zone (São Paulo) applies. */
    static class NoUser implements Visibility {
        public Optional<CurrentUser> currentUser() {
            return Optional.empty();
        }

        public CurrentUser requireUser() {
            throw new IllegalStateException();
        }

        public AccessScope readScope(String type) {
            return AccessScope.none();
        }

        public AccessScope writeScope(String type) {
            return AccessScope.none();
        }
    }
}
