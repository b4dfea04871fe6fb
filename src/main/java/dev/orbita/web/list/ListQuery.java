package dev.orbita.web.list;

import java.util.List;
import java.util.Map;

/**
 * A list query for {@link KeysetList}: the columns, the FROM/JOIN part, the filter conditions
 * (already including the caller's visibility, see {@code RecordAccess.visibleCondition}), their
 * parameters, the sort keys and the main table (for the planner's row estimate).
 *
 * @param filtered whether any condition restricts the rows, visibility included: an unfiltered list of
 *        a big table is counted from the planner's estimate instead of walking the index
 */
public record ListQuery(String select, String from, List<String> conditions, Map<String, Object> params,
        SortKeys sorts, String table, boolean filtered) {

    public ListQuery {
        conditions = List.copyOf(conditions);
        params = Map.copyOf(params);
    }
}
