package dev.orbita.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTests {

    @Test
    void trimsAndLowerCasesDomainOnly() {
        EmailAddress email = EmailAddress.of("  Maria.Silva+crm@Exemplo.COM.br ");

        assertThat(email.value()).isEqualTo("Maria.Silva+crm@exemplo.com.br");
        assertThat(email).hasToString("Maria.Silva+crm@exemplo.com.br");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "joao@example.com",
            "a@b.co",
            "first.last@sub.domain.pt",
            "user_name-1@my-company.io",
            "o'brien@example.ie"
    })
    void acceptsPlausibleAddresses(String raw) {
        assertThat(EmailAddress.of(raw).value()).isEqualTo(raw);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "plainaddress",
            "@example.com",
            "joao@",
            "joao@localhost",
            "joao@example",
            "joao@example.c",
            "joao@example.c0m",
            "jo ao@example.com",
            "joao@exa mple.com",
            "jo..ao@example.com",
            ".joao@example.com",
            "joao.@example.com",
            "joao@example..com",
            "joao@-example.com",
            "joao@example-.com",
            "joao@@example.com",
            "joao@exa@mple.com"
    })
    void rejectsImplausibleAddresses(String raw) {
        assertThatThrownBy(() -> EmailAddress.of(raw))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey())
                .isEqualTo("validation.email");
    }

    @Test
    void rejectsLocalPartOver64Characters() {
        assertThat(EmailAddress.of("a".repeat(64) + "@example.com")).isNotNull();
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(65) + "@example.com"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsAddressOver254Characters() {
        String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(50) + ".com";
        String ok = "a".repeat(254 - domain.length() - 1) + "@" + domain;
        assertThat(ok).hasSize(254);
        assertThat(EmailAddress.of(ok).value()).isEqualTo(ok);

        assertThatThrownBy(() -> EmailAddress.of("a" + ok)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void constructorValidatesToo() {
        assertThatThrownBy(() -> new EmailAddress("nope")).isInstanceOf(InvalidValueException.class);
        assertThat(new EmailAddress("X@EXAMPLE.COM")).isEqualTo(EmailAddress.of("X@example.com"));
    }
}
