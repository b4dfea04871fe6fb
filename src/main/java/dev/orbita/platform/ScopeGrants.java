package dev.orbita.platform;

import java.util.HashMap;
import java.util.Map;

/**
 * A user's read and write scopes per record type, with a default for record types a role does not
 * name. Several roles combine into the widest scope for each record type.
 */
public record ScopeGrants(Scope defaultRead, Scope defaultWrite, Map<String, Scope> read, Map<String, Scope> write) {

    public ScopeGrants {
        read = Map.copyOf(read);
        write = Map.copyOf(write);
    }

    public static ScopeGrants none() {
        return new ScopeGrants(Scope.NONE, Scope.NONE, Map.of(), Map.of());
    }

    public Scope read(String recordType) {
        return read.getOrDefault(recordType, defaultRead);
    }

    public Scope write(String recordType) {
        return write.getOrDefault(recordType, defaultWrite);
    }

    /** The widest of both grants, record type by record type. */
    public ScopeGrants widest(ScopeGrants other) {
        return new ScopeGrants(defaultRead.widest(other.defaultRead), defaultWrite.widest(other.defaultWrite),
                merge(read, defaultRead, other.read, other.defaultRead),
                merge(write, defaultWrite, other.write, other.defaultWrite));
    }

    private static Map<String, Scope> merge(Map<String, Scope> a, Scope aDefault, Map<String, Scope> b,
            Scope bDefault) {
        Map<String, Scope> merged = new HashMap<>();
        for (String type : a.keySet()) {
            merged.put(type, a.get(type).widest(b.getOrDefault(type, bDefault)));
        }
        for (String type : b.keySet()) {
            merged.putIfAbsent(type, b.get(type).widest(a.getOrDefault(type, aDefault)));
        }
        return merged;
    }
}
