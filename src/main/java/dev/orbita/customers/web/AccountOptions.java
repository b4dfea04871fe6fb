package dev.orbita.customers.web;

import dev.orbita.customers.account.AccountFilter;
import dev.orbita.customers.account.AccountManagement;
import dev.orbita.customers.account.AccountQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Accounts to pick from in a form (a contact's account, an account's parent): the first 200 by name
 * plus the one already chosen, so that saving a form never drops a link it did not show. A chosen account the
 * user cannot see (out of scope, or in the recycle bin) is offered without its name.
 */
@Component
class AccountOptions {

    /** One choice of a select; {@code name} is {@code null} for an account the user cannot see. */
    record Option(UUID id, String name) {
    }

    private static final int LIMIT = 200;

    private final AccountQueries queries;
    private final AccountManagement accounts;

    AccountOptions(AccountQueries queries, AccountManagement accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    List<Option> including(UUID selected, UUID excluded) {
        List<Option> options = new ArrayList<>();
        queries.list(AccountFilter.none(), AccountQueries.page(0, LIMIT, "name,asc", null)).items().stream()
                .filter(a -> !a.id().equals(excluded))
                .forEach(a -> options.add(new Option(a.id(), a.name())));
        if (selected != null && options.stream().noneMatch(o -> o.id().equals(selected))) {
            options.add(0, new Option(selected, accounts.visibleName(selected).orElse(null)));
        }
        return options;
    }
}
