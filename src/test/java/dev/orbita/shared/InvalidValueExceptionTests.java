package dev.orbita.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidValueExceptionTests {

    @Test
    void carriesKeyDefaultMessageAndArgs() {
        var e = new InvalidValueException("validation.taxId", "Not a valid CPF number", TaxIdKind.CPF);

        assertThat(e).isInstanceOf(RuntimeException.class).hasMessage("Not a valid CPF number");
        assertThat(e.messageKey()).isEqualTo("validation.taxId");
        assertThat(e.args()).containsExactly(TaxIdKind.CPF);
    }

    @Test
    void argsAreDefensivelyCopied() {
        Object[] args = {"a"};
        var e = new InvalidValueException("k", "m", args);
        args[0] = "changed";
        e.args()[0] = "changed too";

        assertThat(e.args()).containsExactly("a");
    }

    @Test
    void noArgsGivesEmptyArray() {
        assertThat(new InvalidValueException("k", "m").args()).isEmpty();
        assertThat(new InvalidValueException("k", "m", (Object[]) null).args()).isEmpty();
    }
}
