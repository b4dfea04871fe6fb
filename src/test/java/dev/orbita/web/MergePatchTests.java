package dev.orbita.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orbita.shared.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** JSON merge patch as RFC 7396 defines it, on a record DTO. */
class MergePatchTests {

    record Address(String city, String country) {
    }

    record Thing(String name, Integer size, List<String> tags, Address address) {
    }

    /** Configured like the application's mapper, which leaves null values out. */
    private final MergePatch patch = new MergePatch(JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    .withContentInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .build());
    private final Thing current = new Thing("Old", 3, List.of("a", "b"), new Address("Lisboa", "PT"));

    @Test
    void absentMembersStayNullRemovesAndObjectsMerge() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "New");
        body.put("size", null);
        body.put("address", Map.of("city", "Porto"));
        Thing result = patch.apply(current, body, Thing.class);
        assertThat(result.name()).isEqualTo("New");
        assertThat(result.size()).as("null removes").isNull();
        assertThat(result.tags()).as("untouched").containsExactly("a", "b");
        assertThat(result.address()).as("nested objects merge").isEqualTo(new Address("Porto", "PT"));
    }

    @Test
    void arraysAreReplacedWhole() {
        Thing result = patch.apply(current, Map.of("tags", List.of("c")), Thing.class);
        assertThat(result.tags()).containsExactly("c");
    }

    @Test
    void aValueOfTheWrongTypeIsAFieldErrorWithItsPath() {
        assertThatThrownBy(() -> patch.apply(current, Map.of("size", "huge"), Thing.class))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("size"));
        assertThatThrownBy(() -> patch.apply(current, null, Thing.class)).isInstanceOf(ValidationException.class);
    }
}
