package dev.orbita.web.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stylesheet reduction on its own: what a page could match stays, the rest goes. */
class UnusedRulesTests {

    private static String purge(String css, String... used) {
        Set<String> classes = Set.of(used);
        return UnusedRules.purge(css, classes::contains);
    }

    @Test
    void keepsRulesOfUsedClassesAndDropsTheOthers() {
        String css = ".btn{color:red}.carousel{display:block}.btn-primary{color:blue}";

        assertThat(purge(css, "btn")).isEqualTo(".btn{color:red}");
        assertThat(purge(css, "btn", "btn-primary")).isEqualTo(".btn{color:red}.btn-primary{color:blue}");
    }

    @Test
    void aSelectorNeedsEveryOneOfItsClassesAndAListKeepsItsMatchingSelectors() {
        String css = ".card .card-body,.modal .modal-body,.card>.list-group{padding:0}";

        assertThat(purge(css, "card", "card-body")).isEqualTo(".card .card-body{padding:0}");
        assertThat(purge(css, "card")).isEmpty();
        assertThat(purge(css, "card", "card-body", "list-group"))
                .isEqualTo(".card .card-body,.card>.list-group{padding:0}");
    }

    @Test
    void rulesWithoutClassesAndClassesInsidePseudoClassesOrAttributesDoNotCount() {
        String css = ":root{--x:1}body{margin:0}[data-bs-theme=dark]{--x:2}"
                + ".btn:not(.disabled):hover{opacity:.9}.nav-link:is(.active,.show){color:red}"
                + "a[href$=\".pdf\"]{color:green}[class*=\"col-\"]{float:left}";

        assertThat(purge(css, "btn", "nav-link")).isEqualTo(css);
        assertThat(purge(css)).isEqualTo(":root{--x:1}body{margin:0}[data-bs-theme=dark]{--x:2}"
                + "a[href$=\".pdf\"]{color:green}[class*=\"col-\"]{float:left}");
    }

    @Test
    void mediaBlocksArePurgedInsideAndDroppedWhenEmpty() {
        String css = "@media (min-width:768px){.col-md-6{width:50%}.col-md-4{width:33%}}"
                + "@media print{.d-print-none{display:none}}@supports (display:grid){.grid{display:grid}}";

        assertThat(purge(css, "col-md-6")).isEqualTo("@media (min-width:768px){.col-md-6{width:50%}}");
        assertThat(purge(css, "d-print-none", "grid"))
                .isEqualTo("@media print{.d-print-none{display:none}}@supports (display:grid){.grid{display:grid}}");
    }

    @Test
    void otherAtRulesAndLicenseCommentsStayAsTheyAreAndOtherCommentsGo() {
        String css = "@charset \"UTF-8\";/*! Tabler, MIT */@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}"
                + "/* a note */@font-face{font-family:x;src:url(x.woff2)}.unused{color:red}";

        assertThat(purge(css)).isEqualTo("@charset \"UTF-8\";/*! Tabler, MIT */"
                + "@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}"
                + "@font-face{font-family:x;src:url(x.woff2)}");
    }

    @Test
    void bracesAndCommasInsideStringsAndEscapedClassNamesAreRead() {
        String css = ".icon::before{content:\"}{,\"}.w-1\\/2{width:50%}.form-select{background:url(\"data:image/svg+xml,"
                + "%3csvg viewBox='0 0 16 16'%3e%3c/svg%3e\")}";

        assertThat(purge(css, "icon", "w-1/2", "form-select")).isEqualTo(css);
        assertThat(purge(css, "form-select")).isEqualTo(".form-select{background:url(\"data:image/svg+xml,"
                + "%3csvg viewBox='0 0 16 16'%3e%3c/svg%3e\")}");
    }

    @Test
    void theVocabularyCountsEveryWordOfTheTemplatesAndTheBuiltNamePatterns() {
        ClassVocabulary words = ClassVocabulary.ofText(
                "<span class=\"badge\" th:classappend=\"${on} ? 'active'\">", java.util.List.of("bg-[a-z]+-lt"));

        assertThat(words.test("badge")).isTrue();
        assertThat(words.test("active")).isTrue();
        assertThat(words.test("bg-green-lt")).isTrue();
        assertThat(words.test("bg-green")).isFalse();
        assertThat(words.test("carousel")).isFalse();
    }

    @Test
    void theApplicationsOwnStylesheetClosesEveryBlockItOpens() throws Exception {
        String css;
        try (var in = UnusedRulesTests.class.getResourceAsStream("/static/css/app.css")) {
            css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // a block left open (a bad merge) makes browsers read every later rule as nested in it
        String code = css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
        int depth = 0;
        int line = 1;
        for (char c : code.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a '}' without its '{' near line %d (comments removed)", line).isNotNegative();
            } else if (depth > 1 && c == '.') {
                // only @media / @supports blocks hold rules: a rule two levels deep is an open block
                assertThat(depth).as("a rule nested in an unclosed block near line %d", line).isLessThanOrEqualTo(2);
            }
        }
        assertThat(depth).as("blocks left open").isZero();
    }
}
