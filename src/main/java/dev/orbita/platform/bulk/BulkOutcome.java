package dev.orbita.platform.bulk;

import java.io.Serializable;
import java.util.List;

/**
 * What the list shows after a bulk action from its selection bar (a flash attribute, so it is kept in the session
 * across the redirect): the message, how many were changed, the refused records and the request's own errors.
 */
public record BulkOutcome(String messageKey, int done, List<Refusal> refusals, int more, List<String> errors)
        implements Serializable {

    /** One refused record: its name when the user may see it, else its id, and the reason. */
    public record Refusal(String title, String detail) implements Serializable {
    }

    public BulkOutcome {
        refusals = List.copyOf(refusals);
        errors = List.copyOf(errors);
    }
}
