package dev.orbita.customers.common;

import dev.orbita.shared.WebUrl;
import dev.orbita.shared.check.RequestChecks;
import java.util.ArrayList;
import java.util.List;

/** Field checks of a contact's social profiles (network and a valid URL), on top of the generic checks. */
public final class SocialProfiles {

    private SocialProfiles() {
    }

    public static List<SocialProfile> check(RequestChecks checks, String field, List<SocialProfileDto> profiles) {
        List<SocialProfile> result = new ArrayList<>();
        if (!checks.sizeOk(field, profiles)) {
            return result;
        }
        for (int i = 0; i < profiles.size(); i++) {
            SocialProfileDto p = profiles.get(i);
            String path = field + "[" + i + "]";
            if (p == null || p.network() == null) {
                checks.errors().add(path + ".network", "validation.required");
                continue;
            }
            String url = checks.text(path + ".url", p.url(), WebUrl.MAX_LENGTH, true);
            if (url != null) {
                String valid = checks.errors().value(path + ".url", () -> WebUrl.of(url).value());
                if (valid != null) {
                    result.add(new SocialProfile(p.network(), valid));
                }
            }
        }
        return result;
    }

}
