package dev.orbita.platform.bulk;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * One checked bulk action and its argument, as the record type applies it to each record: {@code ownerId}/{@code
 * teamId} for ASSIGN, {@code tag} (trimmed) for the tag actions, {@code stage} (a value the target declared) for
 * SET_STAGE.
 */
public record BulkChange(BulkAction action, UUID ownerId, UUID teamId, String tag, String stage) {

    /** The record's tags after this change (ADD_TAG, REMOVE_TAG; tags compared without case), or the same list. */
    public List<String> tagsAfter(List<String> tags) {
        List<String> current = tags == null ? List.of() : tags;
        String folded = tag == null ? null : tag.toLowerCase(Locale.ROOT);
        return switch (action) {
            case ADD_TAG -> current.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(folded)) ? current
                    : java.util.stream.Stream.concat(current.stream(), java.util.stream.Stream.of(tag)).toList();
            case REMOVE_TAG -> current.stream().filter(t -> !t.toLowerCase(Locale.ROOT).equals(folded)).toList();
            default -> current;
        };
    }

    /** The owner after ASSIGN: the one asked for, else the record's own. */
    public UUID ownerAfter(UUID currentOwner) {
        return ownerId == null ? currentOwner : ownerId;
    }

    /**
     * The team after ASSIGN: the one asked for; else null when a new owner was asked for (the record type then gives the
     * record the new owner's team, as a single edit does); else the record's own.
     */
    public UUID teamAfter(UUID currentTeam) {
        return teamId != null ? teamId : ownerId == null ? currentTeam : null;
    }

    /** The stage as the record type's enum. */
    public <E extends Enum<E>> E stageAs(Class<E> type) {
        return stage == null ? null : Enum.valueOf(type, stage);
    }

    /** The enum names of a record type's stages, for {@link BulkTarget#stages()}. */
    public static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /** Applies this change to one record's state through the record type's own accessors (a small helper for targets). */
    public <R> R edit(R request, Function<R, R> assign, Function<R, R> tags, Function<R, R> stage) {
        return switch (action) {
            case ASSIGN -> assign.apply(request);
            case ADD_TAG, REMOVE_TAG -> tags.apply(request);
            case SET_STAGE -> stage.apply(request);
            case DELETE -> request;
        };
    }
}
