package dev.orbita.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows bound with gaps (removed rows, nulls) become the filled rows in order, and rows to render end blank. */
class FormRowsTests {

    private static PhoneRow phone(String number) {
        PhoneRow row = new PhoneRow();
        row.setNumber(number);
        return row;
    }

    @Test
    void filledRowsDropNullsAndBlankRowsAndKeepTheOrder() {
        List<PhoneRow> bound = new ArrayList<>(Arrays.asList(phone("+5511987654321"), null, phone("  "),
                phone("+5521987654321"), new PhoneRow()));
        assertThat(FormRows.filled(bound, PhoneRow::isBlank)).extracting(PhoneRow::getNumber)
                .containsExactly("+5511987654321", "+5521987654321");
        assertThat(FormRows.filled(null, PhoneRow::isBlank)).isEmpty();
    }

    @Test
    void rowsToRenderKeepTheirIndexesAndEndWithOneBlankRow() {
        List<PhoneRow> bound = new ArrayList<>(Arrays.asList(phone("1"), null, phone("3")));
        List<PhoneRow> shown = FormRows.withBlank(bound, PhoneRow::isBlank, PhoneRow::new);
        assertThat(shown).hasSize(4);
        assertThat(shown.get(1)).isNotNull().matches(PhoneRow::isBlank);
        assertThat(shown.get(2).getNumber()).isEqualTo("3");
        assertThat(shown.get(3).isBlank()).isTrue();
        // already ending blank: no second blank row
        assertThat(FormRows.withBlank(shown, PhoneRow::isBlank, PhoneRow::new)).hasSize(4);
        assertThat(FormRows.withBlank(null, PhoneRow::isBlank, PhoneRow::new)).hasSize(1);
    }

    @Test
    void theIdOfAFieldIsItsPathWithoutBrackets() {
        assertThat(ErrorSummary.id("addresses[12].postalCode")).isEqualTo("addresses12.postalCode");
        assertThat(ErrorSummary.id("name")).isEqualTo("name");
    }
}
