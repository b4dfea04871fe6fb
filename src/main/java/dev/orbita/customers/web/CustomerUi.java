package dev.orbita.customers.web;

import static dev.orbita.customers.CustomerRecordTypes.ACCOUNT;
import static dev.orbita.customers.CustomerRecordTypes.CONTACT;

import dev.orbita.customers.account.AccountColumns;
import dev.orbita.customers.account.AccountQueries;
import dev.orbita.customers.contact.ContactColumns;
import dev.orbita.customers.contact.ContactQueries;
import dev.orbita.platform.NavGroup;
import dev.orbita.platform.ui.ListResource;
import java.util.List;
import dev.orbita.platform.ui.NavItem;
import dev.orbita.platform.ui.NewEntry;
import dev.orbita.platform.ui.RecordPanel;
import dev.orbita.platform.ui.RecordTab;
import dev.orbita.platform.ui.UiContributions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the customers module appears in the shell: its lists in the navigation, its "+ New" entries, the
 * tabs of its record pages (the kernel adds History) and its Customer 360 panels. The fragments behind the
 * tabs and panels are answered by {@link AccountPagesController} and {@link ContactPagesController}.
 */
@Configuration(proxyBeanMethods = false)
class CustomerUi {

    static final String OVERVIEW = "overview";
    static final String CONTACTS = "contacts";
    static final String CONTACT_POINTS = "contact-points";
    static final String CONSENTS = "consents";

    static final String ACCOUNTS_LIST = "accounts";
    static final String CONTACTS_LIST = "contacts";

    /** The account list's saved views and column chooser: its columns, sorts and the page's filter parameters. */
    @Bean
    ListResource accountsList() {
        return new ListResource(ACCOUNTS_LIST, ACCOUNT, "/accounts", AccountColumns.LIST, AccountQueries.SORTS, "name",
                List.of("q", "kind", "lifecycleStage", "tier", "owner"),
                f -> !AccountListParams.parse(f.get("q"), f.get("kind"), f.get("lifecycleStage"), f.get("tier"),
                        f.get("owner"), null, null, null).bad());
    }

    @Bean
    ListResource contactsList() {
        return new ListResource(CONTACTS_LIST, CONTACT, "/contacts", ContactColumns.LIST, ContactQueries.SORTS, "name",
                List.of("q", "lifecycleStage", "standalone", "owner"),
                f -> !ContactListParams.parse(f.get("q"), f.get("lifecycleStage"), f.get("standalone"), f.get("owner"),
                        null, null, null).bad());
    }

    @Bean
    UiContributions customersUi() {
        return UiContributions.builder()
                .nav(new NavItem(NavGroup.CUSTOMERS, "accounts", "record.ACCOUNT.plural", "/accounts", "building", 10))
                .nav(new NavItem(NavGroup.CUSTOMERS, "contacts", "record.CONTACT.plural", "/contacts", "user", 20))
                .newEntry(new NewEntry("account.new", "/accounts/new", "building", 10))
                .newEntry(new NewEntry("contact.new", "/contacts/new", "user", 20))
                .tab(new RecordTab(ACCOUNT, OVERVIEW, "account.tab.overview", 0, "/accounts/{id}/tab/overview"))
                .tab(new RecordTab(ACCOUNT, CONTACTS, "account.tab.contacts", 10, "/accounts/{id}/tab/contacts"))
                .tab(new RecordTab(CONTACT, OVERVIEW, "contact.tab.overview", 0, "/contacts/{id}/tab/overview"))
                .panel(new RecordPanel(ACCOUNT, CONTACT_POINTS, "c360.contactPoints", 0,
                        "/accounts/{id}/panels/contact-points"))
                .panel(new RecordPanel(ACCOUNT, CONTACTS, "c360.contacts", 10, "/accounts/{id}/panels/contacts"))
                .panel(new RecordPanel(CONTACT, CONTACT_POINTS, "c360.contactPoints", 0,
                        "/contacts/{id}/panels/contact-points"))
                .panel(new RecordPanel(CONTACT, CONSENTS, "c360.consents", 10, "/contacts/{id}/panels/consents"))
                .build();
    }
}
