package dev.orbita.platform.bulk;

import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.Visibility;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.ValidationException;
import dev.orbita.shared.check.RequestChecks;
import dev.orbita.web.PageResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Checks a bulk request as a whole (target, action, argument, selection: 422 naming the field before anything is
 * written), then changes each record through its type's {@link BulkTarget#apply} — each in its own transaction, a
 * refusal of one never stopping the others — right away up to {@code orbita.bulk.sync-limit} records, or as a
 * background job ({@link BulkJobs}) above it.
 */
@Service
public class BulkActions {

    private final Map<String, BulkTarget> targets;
    private final Visibility visibility;
    private final UserDirectory directory;
    private final BulkOutcomes outcomes;
    private final BulkJobs jobs;
    private final int syncLimit;
    private final int maxRecords;

    BulkActions(List<BulkTarget> targets, Visibility visibility, UserDirectory directory, BulkOutcomes outcomes,
            BulkJobs jobs, @Value("${orbita.bulk.sync-limit:1000}") int syncLimit,
            @Value("${orbita.bulk.max-records:100000}") int maxRecords) {
        Map<String, BulkTarget> byResource = new java.util.HashMap<>();
        targets.forEach(t -> byResource.put(t.resource(), t));
        this.targets = Map.copyOf(byResource);
        this.visibility = visibility;
        this.directory = directory;
        this.outcomes = outcomes;
        this.jobs = jobs;
        this.syncLimit = syncLimit;
        this.maxRecords = maxRecords;
    }

    /** The target of a list resource, if its record type offers bulk actions. */
    public Optional<BulkTarget> target(String resource) {
        return Optional.ofNullable(targets.get(resource));
    }

    public int syncLimit() {
        return syncLimit;
    }

    /** The selection bar of a list page whose type has bulk actions (also what its cells' edit buttons need). */
    Optional<BulkBar> bar(String resource) {
        boolean reassign = visibility.currentUser().map(dev.orbita.platform.CurrentUser::mayReassign).orElse(false);
        return target(resource).map(t -> new BulkBar(t.resource(), t.stages(), t.stageLabelPrefix(), reassign,
                syncLimit));
    }

    /** Runs the request now (the result) or queues it (a result with the job id and nothing done yet). */
    public BulkResult run(String resource, BulkRequest request) {
        BulkPlan plan = plan(resource, request);
        if (plan.background() || plan.ids().size() > syncLimit) {
            UUID job = jobs.enqueue(plan, visibility.requireUser().id());
            return new BulkResult(0, List.of(), job);
        }
        int done = 0;
        List<BulkResult.Failure> failed = new ArrayList<>();
        for (UUID id : plan.ids()) {
            BulkResult.Failure refusal = applyOne(plan, id);
            if (refusal == null) {
                done++;
            } else {
                failed.add(refusal);
            }
        }
        return new BulkResult(done, failed, null);
    }

    /** Changes one record; null when done, else the refusal. */
    BulkResult.Failure applyOne(BulkPlan plan, UUID id) {
        try {
            plan.target().apply(id, plan.change(), plan.version(id));
            return null;
        } catch (RuntimeException e) {
            return outcomes.refusal(id, e);
        }
    }

    BulkPlan plan(String resource, BulkRequest request) {
        BulkTarget target = targets.get(resource);
        if (target == null) {
            throw new NotFoundException("bulk", resource);
        }
        visibility.requireUser();
        if (visibility.readScope(target.recordType()).isNone()) {
            throw new ForbiddenException("may not read " + resource);
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        BulkChange change = change(target, request, errors);
        boolean byIds = request.ids() != null;
        boolean byFilter = request.filter() != null;
        if (byIds == byFilter) {
            errors.add(byIds ? "filter" : "ids", "validation.bulk.idsOrFilter");
        }
        if (byIds && request.ids().size() > maxRecords) {
            errors.add("ids", "validation.size.list", maxRecords);
        }
        if (byIds && request.ids().contains(null)) {
            errors.add("ids", "validation.invalid");
        }
        Map<UUID, Long> versions = versions(request.versions(), errors);
        errors.throwIfAny();
        List<UUID> ids = byIds ? List.copyOf(new LinkedHashSet<>(request.ids())) : matching(target, request.filter());
        return new BulkPlan(target, change, ids, versions, Boolean.TRUE.equals(request.background()));
    }

    private static Map<UUID, Long> versions(Map<String, Object> raw, ValidationException.Collector errors) {
        if (raw == null) {
            return Map.of();
        }
        Map<UUID, Long> versions = new java.util.HashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
            try {
                if (!(e.getValue() instanceof Number n) || n.longValue() < 0 || n.doubleValue() != n.longValue()) {
                    throw new IllegalArgumentException("not a version");
                }
                versions.put(UUID.fromString(e.getKey()), n.longValue());
            } catch (IllegalArgumentException ex) {
                errors.add("versions", "validation.invalid");
                return Map.of();
            }
        }
        return versions;
    }

    private BulkChange change(BulkTarget target, BulkRequest r, ValidationException.Collector errors) {
        if (r.action() == null) {
            errors.add("action", "validation.required");
            return null;
        }
        String tag = null;
        String stage = null;
        switch (r.action()) {
            case ASSIGN -> {
                if (r.ownerId() == null && r.teamId() == null) {
                    errors.add("ownerId", "validation.required");
                }
                if (r.ownerId() != null && directory.findUser(r.ownerId()).filter(UserSummary::active).isEmpty()) {
                    errors.add("ownerId", "validation.reference");
                }
                if (r.teamId() != null && directory.findTeam(r.teamId()).isEmpty()) {
                    errors.add("teamId", "validation.reference");
                }
            }
            case ADD_TAG, REMOVE_TAG -> {
                if (r.tag() == null || r.tag().isBlank()) {
                    errors.add("tag", "validation.required");
                } else {
                    RequestChecks checks = new RequestChecks();
                    Set<String> tags = checks.tags("tag", List.of(r.tag()));
                    if (tags.isEmpty()) {
                        errors.add("tag", "validation.tag");
                    } else {
                        tag = tags.iterator().next();
                    }
                }
            }
            case SET_STAGE -> {
                if (target.stages().isEmpty()) {
                    errors.add("action", "validation.enum", String.join(", ", actions(target)));
                } else if (r.stage() == null || r.stage().isBlank()) {
                    errors.add("stage", "validation.required");
                } else if (!target.stages().contains(r.stage().strip())) {
                    errors.add("stage", "validation.enum", String.join(", ", target.stages()));
                } else {
                    stage = r.stage().strip();
                }
            }
            case DELETE -> {
            }
        }
        return new BulkChange(r.action(), r.ownerId(), r.teamId(), tag, stage);
    }

    private static List<String> actions(BulkTarget target) {
        return java.util.Arrays.stream(BulkAction.values())
                .filter(a -> a != BulkAction.SET_STAGE || !target.stages().isEmpty()).map(Enum::name).toList();
    }

    private List<UUID> matching(BulkTarget target, Map<String, Object> filterValues) {
        BulkFilter filter = new BulkFilter(filterValues);
        BulkSelection selection = target.matching(filter);
        filter.check();
        Set<UUID> ids = new LinkedHashSet<>();
        PageResponse<UUID> batch = selection.list().apply(selection.order().batch(1000, null));
        while (true) {
            ids.addAll(batch.items());
            if (ids.size() > maxRecords) {
                throw ValidationException.of("filter", "validation.bulk.tooMany", maxRecords);
            }
            if (batch.next() == null) {
                break;
            }
            batch = selection.list().apply(selection.order().batch(1000, batch.next()));
        }
        return List.copyOf(ids);
    }
}
