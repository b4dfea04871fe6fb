package dev.orbita.customers.web;

import static dev.orbita.customers.CustomerRecordTypes.ACCOUNT;
import static dev.orbita.customers.CustomerRecordTypes.CONTACT;

import dev.orbita.customers.account.AccountManagement;
import dev.orbita.customers.contact.ContactManagement;
import dev.orbita.shared.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Stand-in for the kernel's History fragment at {@code /records/{TYPE}/{id}/history}, the URL of the History
 * tab the shell adds to every audited record type: answers it for accounts and contacts (with the record's
 * read visibility) until the platform serves it for every type. Delete this class and
 * {@code customers/history.html} when that endpoint lands; its mapping is the same, so both together fail.
 */
@Controller
class InterimHistoryTab {

    private final AccountManagement accounts;
    private final ContactManagement contacts;

    InterimHistoryTab(AccountManagement accounts, ContactManagement contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @GetMapping("/records/{type}/{id}/history")
    String history(@PathVariable String type, @PathVariable UUID id, Model model) {
        model.addAttribute("history", switch (type) {
            case ACCOUNT -> accounts.history(id);
            case CONTACT -> contacts.history(id);
            default -> throw new NotFoundException("record type", type);
        });
        return "customers/history :: tab";
    }
}
