package dev.orbita.customers.web;

import dev.orbita.customers.account.AccountResponse;
import dev.orbita.customers.contact.ContactResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Possible duplicates found on save, as a flash attribute the record page shows as a warning. */
final class DuplicateNotice {

    static final String ATTRIBUTE = "duplicates";

    private DuplicateNotice() {
    }

    static ArrayList<HashMap<String, String>> ofAccount(List<AccountResponse.Duplicate> found) {
        ArrayList<HashMap<String, String>> notes = new ArrayList<>();
        if (found != null) {
            found.forEach(d -> notes.add(note(d.type(), d.id().toString(), d.name(), d.matchedOn())));
        }
        return notes;
    }

    static ArrayList<HashMap<String, String>> ofContact(List<ContactResponse.Duplicate> found) {
        ArrayList<HashMap<String, String>> notes = new ArrayList<>();
        if (found != null) {
            found.forEach(d -> notes.add(note(d.type(), d.id().toString(), d.name(), d.matchedOn())));
        }
        return notes;
    }

    private static HashMap<String, String> note(String type, String id, String name, String matchedOn) {
        HashMap<String, String> note = new HashMap<>(Map.of("type", type, "name", name, "matchedOn", matchedOn));
        note.put("url", ("ACCOUNT".equals(type) ? "/accounts/" : "/contacts/") + id);
        return note;
    }
}
