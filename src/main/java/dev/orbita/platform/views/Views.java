package dev.orbita.platform.views;

import dev.orbita.platform.CurrentUser;
import dev.orbita.platform.Visibility;
import dev.orbita.platform.ui.ListResource;
import dev.orbita.platform.ui.ListState;
import dev.orbita.platform.ui.ListViews;
import dev.orbita.platform.ui.SavedView;
import dev.orbita.platform.ui.SavedView.Sharing;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.ValidationException;
import dev.orbita.web.PageQuery;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved views and column choices: who sees a view (owner; TEAM, the members of the owner's team; ALL,
 * everyone), who changes it (its owner or an admin), the per-user default, and the state of a list page
 * for a request. A view holds the list page's own parameters; the page re-applies them through its list
 * query, so a view never shows a record its reader may not see.
 */
@Service
class Views implements ListViews {

    static final int NAME_MAX = 100;
    static final int FILTERS_MAX = 4000;
    private static final String VIEW = "view";
    private static final List<String> LIST_PARAMS = List.of("view", "sort", "size", "page", "after", "before",
            "last", "columns");

    private final ViewStore store;
    private final Visibility visibility;
    private final Map<String, ListResource> resources;

    Views(ViewStore store, Visibility visibility, ObjectProvider<ListResource> resources) {
        this.store = store;
        this.visibility = visibility;
        this.resources = resources.orderedStream().collect(Collectors.toUnmodifiableMap(ListResource::name,
                Function.identity()));
    }

    /** A view as the API writes it: every field optional in a PATCH, {@code name} and {@code resource} required in a POST. */
    record Change(String name, String resource, Map<String, String> filters, String sort, List<String> columns,
            Integer size, String shared, Boolean makeDefault) {
    }

    // ------------------------------------------------------------------ list pages

    @Override
    @Transactional(readOnly = true)
    public ListState open(String resourceName, Map<String, String[]> query) {
        ListResource resource = require(resourceName);
        CurrentUser me = visibility.requireUser();
        List<SavedView> views = store.visible(me.id(), resource.name()).stream().map(r -> view(r, me)).toList();
        String viewParam = first(query, VIEW);
        SavedView open = null;
        boolean unavailable = false;
        if (viewParam != null && !viewParam.isBlank()) {
            UUID id = uuid(viewParam);
            open = id == null ? null : views.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
            unavailable = open == null;
        } else if (!namesListParams(query, resource)) {
            open = views.stream().filter(SavedView::isDefault).findFirst().orElse(null);
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (open != null) {
            params.putAll(open.filters());
            params.put("sort", open.sort());
        }
        for (String name : resource.filters()) {
            if (query.containsKey(name)) {
                params.put(name, first(query, name));
            }
        }
        if (query.containsKey("sort")) {
            params.put("sort", first(query, "sort"));
        }
        ViewStore.Settings settings = store.settings(me.id(), resource.name());
        String columnsParam = first(query, "columns");
        String columns = columnsParam;
        if (columns == null || columns.isBlank()) {
            columns = open != null && !open.columns().isEmpty() ? String.join(",", open.columns()) : settings.columns();
        }
        Integer size = parseSize(first(query, "size"));
        if (size == null) {
            size = open != null && open.size() != null ? open.size() : settings.size();
        }
        return new ListState(resource, params, columns, columnsParam, size, open, unavailable, views);
    }

    /** Whether the address names any filter or list parameter (then the default view is not opened). */
    private static boolean namesListParams(Map<String, String[]> query, ListResource resource) {
        return LIST_PARAMS.stream().anyMatch(query::containsKey) || resource.filters().stream().anyMatch(query::containsKey);
    }

    /**
     * The user's column choice (keys in order; null to keep the current one, empty for the list's defaults)
     * and page size (null to keep it) for a list, kept for their next visit on any device.
     */
    @Transactional
    void chooseColumns(String resourceName, List<String> columns, Integer size) {
        ListResource resource = require(resourceName);
        CurrentUser me = visibility.requireUser();
        ViewStore.Settings now = store.settings(me.id(), resource.name());
        String keys = columns == null ? now.columns() : columns.isEmpty() ? null : checkedColumns(resource, columns);
        Integer pageSize = size == null ? now.size() : size;
        if (pageSize != null && !ListResource.PAGE_SIZES.contains(pageSize)) {
            throw ValidationException.of("size", "validation.enum", ListResource.PAGE_SIZES.toString());
        }
        store.saveSettings(me.id(), resource.name(), new ViewStore.Settings(keys, pageSize));
    }

    // ------------------------------------------------------------------ the API and the views menu

    @Transactional(readOnly = true)
    List<SavedView> list(String resourceName) {
        ListResource resource = readable(resourceName);
        CurrentUser me = visibility.requireUser();
        return store.visible(me.id(), resource.name()).stream().map(r -> view(r, me)).toList();
    }

    @Transactional(readOnly = true)
    SavedView get(UUID id) {
        CurrentUser me = visibility.requireUser();
        ViewStore.Row row = seen(me, id);
        return view(row, me);
    }

    @Transactional
    SavedView create(Change change) {
        CurrentUser me = visibility.requireUser();
        var errors = new ValidationException.Collector();
        ListResource resource = resourceOf(change.resource(), errors);
        String name = name(change.name(), true, errors);
        Checked checked = check(resource, change, errors);
        errors.throwIfAny();
        if (visibility.readScope(resource.recordType()).isNone()) {
            throw new ForbiddenException("may not read " + resource.name());
        }
        UUID id = UUID.randomUUID();
        store.insert(id, me.id(), resource.name(), name, checked.filters(), checked.sort(), checked.columns(),
                checked.size(), checked.shared() == null ? Sharing.PRIVATE : checked.shared());
        if (Boolean.TRUE.equals(change.makeDefault())) {
            store.setDefault(me.id(), resource.name(), id);
        }
        return get(id);
    }

    /**
     * Changes the fields given. Only the owner or an admin changes a view; anyone who sees it may make it
     * (or stop it being) their own default, which is all a PATCH of {@code default} alone does.
     */
    @Transactional
    SavedView change(UUID id, Change change) {
        CurrentUser me = visibility.requireUser();
        ViewStore.Row row = seen(me, id);
        ListResource resource = readable(row.resource());
        boolean onlyDefault = change.name() == null && change.filters() == null && change.sort() == null
                && change.columns() == null && change.size() == null && change.shared() == null
                && change.resource() == null;
        var errors = new ValidationException.Collector();
        if (change.resource() != null && !change.resource().equals(row.resource())) {
            errors.add("resource", "validation.view.resource");
        }
        String name = change.name() == null ? row.name() : name(change.name(), true, errors);
        Checked checked = check(resource, change, errors);
        errors.throwIfAny();
        if (!onlyDefault) {
            if (!mayChange(me, row)) {
                throw new ForbiddenException("only the owner changes a view");
            }
            store.update(id, name, change.filters() == null ? row.filters() : checked.filters(),
                    change.sort() == null ? row.sort() : checked.sort(),
                    change.columns() == null ? row.columns() : checked.columns(),
                    change.size() == null ? row.size() : checked.size(),
                    checked.shared() == null ? row.shared() : checked.shared());
        }
        if (change.makeDefault() != null) {
            if (change.makeDefault()) {
                store.setDefault(me.id(), row.resource(), id);
            } else if (row.isDefault()) {
                store.setDefault(me.id(), row.resource(), null);
            }
        }
        return get(id);
    }

    @Transactional
    void delete(UUID id) {
        CurrentUser me = visibility.requireUser();
        ViewStore.Row row = seen(me, id);
        if (!mayChange(me, row)) {
            throw new ForbiddenException("only the owner deletes a view");
        }
        store.delete(id);
    }

    // ------------------------------------------------------------------ rules

    private static boolean mayChange(CurrentUser me, ViewStore.Row row) {
        return row.ownerId().equals(me.id()) || me.isAdmin();
    }

    /** The view if the caller sees it (an admin any view) and may read its list; 404 otherwise. */
    private ViewStore.Row seen(CurrentUser me, UUID id) {
        ViewStore.Row row = store.find(me.id(), id, me.isAdmin()).orElseThrow(() -> new NotFoundException("view", id));
        ListResource resource = resources.get(row.resource());
        if (resource == null || visibility.readScope(resource.recordType()).isNone()) {
            throw new NotFoundException("view", id);
        }
        return row;
    }

    private ListResource require(String name) {
        ListResource resource = resources.get(name);
        if (resource == null) {
            throw ValidationException.of("resource", "validation.enum", String.join(", ", resources.keySet()));
        }
        return resource;
    }

    /** A list the caller may read: an unknown one is a 400 naming {@code resource}, one they may not read a 403. */
    private ListResource readable(String name) {
        ListResource resource = require(name);
        if (visibility.readScope(resource.recordType()).isNone()) {
            throw new ForbiddenException("may not read " + name);
        }
        return resource;
    }

    private ListResource resourceOf(String name, ValidationException.Collector errors) {
        if (name == null || name.isBlank()) {
            errors.add("resource", "validation.required");
            return null;
        }
        ListResource resource = resources.get(name);
        if (resource == null) {
            errors.add("resource", "validation.enum", String.join(", ", resources.keySet().stream().sorted().toList()));
        }
        return resource;
    }

    private static String name(String value, boolean required, ValidationException.Collector errors) {
        String name = value == null ? null : value.strip();
        if (name == null || name.isEmpty()) {
            if (required) {
                errors.add("name", "validation.required");
            }
            return null;
        }
        if (name.length() > NAME_MAX) {
            errors.add("name", "validation.size.max", NAME_MAX);
            return null;
        }
        return name;
    }

    private record Checked(Map<String, String> filters, String sort, String columns, Integer size, Sharing shared) {
    }

    /** Checks what a view would hold against its list: filter names and values, sort, columns, size, sharing. */
    private static Checked check(ListResource resource, Change change, ValidationException.Collector errors) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (change.filters() != null && resource != null) {
            boolean known = true;
            for (var e : change.filters().entrySet()) {
                if (!resource.filters().contains(e.getKey())) {
                    errors.add("filters." + e.getKey(), "validation.view.filter", String.join(", ", resource.filters()));
                    known = false;
                } else if (e.getValue() != null && !e.getValue().isBlank()) {
                    filters.put(e.getKey(), e.getValue().strip());
                }
            }
            if (known && !resource.understood().test(filters)) {
                errors.add("filters", "validation.invalid");
            }
            if (ViewStore.encode(filters).length() > FILTERS_MAX) {
                errors.add("filters", "validation.size.max", FILTERS_MAX);
            }
        }
        String sort = null;
        if (change.sort() != null && resource != null && !change.sort().isBlank()) {
            try {
                sort = PageQuery.of(null, null, change.sort(), null, resource.sorts().allowed(), resource.defaultSort())
                        .sortParam();
            } catch (ValidationException e) {
                errors.add("sort", "validation.sort", String.join(", ", resource.sorts().allowed().keySet()));
            }
        }
        String columns = null;
        if (change.columns() != null && resource != null) {
            if (change.columns().isEmpty()) {
                columns = null;
            } else if (change.columns().stream().anyMatch(c -> c == null || c.isBlank())) {
                errors.add("columns", "validation.columns", String.join(", ", resource.columns().keys()));
            } else {
                try {
                    columns = checkedColumns(resource, change.columns());
                } catch (ValidationException e) {
                    errors.add("columns", "validation.columns", String.join(", ", resource.columns().keys()));
                }
            }
        }
        if (change.size() != null && !ListResource.PAGE_SIZES.contains(change.size())) {
            errors.add("size", "validation.enum", ListResource.PAGE_SIZES.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        Sharing shared = null;
        if (change.shared() != null) {
            try {
                shared = Sharing.valueOf(change.shared());
            } catch (IllegalArgumentException e) {
                errors.add("shared", "validation.enum", "PRIVATE, TEAM, ALL");
            }
        }
        return new Checked(filters, sort, columns, change.size(), shared);
    }

    private static String checkedColumns(ListResource resource, List<String> columns) {
        String keys = String.join(",", columns);
        resource.columns().pick(keys);
        return keys;
    }

    private static SavedView view(ViewStore.Row r, CurrentUser me) {
        List<String> columns = r.columns() == null || r.columns().isBlank() ? List.of()
                : Arrays.asList(r.columns().split(","));
        return new SavedView(r.id(), r.name(), r.resource(), r.filters(), r.sort(), columns, r.size(), r.shared(),
                r.ownerId(), r.ownerId().equals(me.id()), mayChange(me, r), r.isDefault());
    }

    private static String first(Map<String, String[]> query, String name) {
        String[] values = query.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static Integer parseSize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Optional<ListResource> resource(String name) {
        return Optional.ofNullable(resources.get(name));
    }
}
