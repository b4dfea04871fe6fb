package dev.orbita.customers.web;

import dev.orbita.web.form.FormSupport;
import static dev.orbita.customers.CustomerRecordTypes.ACCOUNT;

import dev.orbita.customers.account.Account;
import dev.orbita.customers.account.AccountColumns;
import dev.orbita.customers.account.AccountFilter;
import dev.orbita.customers.account.AccountListItem;
import dev.orbita.customers.account.AccountManagement;
import dev.orbita.customers.account.AccountQueries;
import dev.orbita.customers.account.AccountResponse;
import dev.orbita.customers.common.AccountKind;
import dev.orbita.shared.contact.AddressType;
import dev.orbita.shared.contact.EmailType;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneType;
import dev.orbita.shared.contact.PostalAddress;
import dev.orbita.customers.common.ValueTier;
import dev.orbita.customers.contact.ContactFilter;
import dev.orbita.customers.contact.ContactQueries;
import dev.orbita.platform.TeamSummary;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.ui.Htmx;
import dev.orbita.platform.ui.ListLinks;
import dev.orbita.platform.ui.ListPage;
import dev.orbita.platform.ui.ListState;
import dev.orbita.platform.ui.ListViews;
import dev.orbita.platform.ui.RecordTabs;
import dev.orbita.platform.ui.UiExtensions;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.StaleVersionException;
import dev.orbita.shared.ValidationException;
import dev.orbita.web.PageQuery;
import dev.orbita.web.PageResponse;
import dev.orbita.web.export.ExportFormat;
import dev.orbita.web.export.ExportRequest;
import dev.orbita.web.export.ListExport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The account pages: list, record page with its own tabs, form, delete, Customer 360 and its panels. */
@Controller
@RequestMapping("/accounts")
class AccountPagesController {

    /** The tabs this page renders itself; the others (History, other modules') load from their owners. */
    static final Set<String> OWN_TABS = Set.of(CustomerUi.OVERVIEW, CustomerUi.CONTACTS);

    private final AccountManagement accounts;
    private final AccountQueries queries;
    private final ContactQueries contactQueries;
    private final UserDirectory directory;
    private final MessageSource messages;

    private final UiExtensions ui;
    private final ListExport exports;
    private final ListViews views;

    AccountPagesController(AccountManagement accounts, AccountQueries queries, ContactQueries contactQueries,
            UserDirectory directory, MessageSource messages, UiExtensions ui,
            ListExport exports, ListViews views) {
        this.exports = exports;
        this.views = views;
        this.ui = ui;
        this.accounts = accounts;
        this.queries = queries;
        this.contactQueries = contactQueries;
        this.directory = directory;
        this.messages = messages;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "accounts";
    }

    // ------------------------------------------------------------------ list

    @GetMapping
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, @RequestParam(required = false) String last,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        ListState state = views.open(CustomerUi.ACCOUNTS_LIST, request.getParameterMap());
        AccountListParams params = AccountListParams.parse(state, page, after, before, last);
        PageQuery pq = params.page();
        PageResponse<AccountListItem> result = queries.list(params.filter(), pq);
        model.addAttribute("accounts", result);
        ListPage.show(model, state, result, new ListLinks("/accounts", params.links(), pq.sortField(), pq.ascending())
                .exporting(), AccountColumns.LIST, "account.list.title", AccountListItem::id,
                a -> "/accounts/" + a.id());
        model.addAttribute("q", params.q());
        model.addAttribute("kind", params.kind());
        model.addAttribute("lifecycleStage", params.lifecycleStage());
        model.addAttribute("tier", params.tier());
        model.addAttribute("owner", params.owner());
        model.addAttribute("sort", pq.sortParam());
        model.addAttribute("size", pq.size());
        model.addAttribute("badParams", params.bad());
        model.addAttribute("filtered", params.filtered());
        response.addHeader("Vary", Htmx.REQUEST);
        if (Htmx.isFragment(request)) {
            model.addAttribute("listFragment", true);
            return "customers/accounts/list :: rows";
        }
        model.addAttribute("kinds", AccountKind.values());
        model.addAttribute("stages", LifecycleStage.values());
        model.addAttribute("tiers", ValueTier.values());
        return "customers/accounts/list";
    }

    /**
     * The list's whole result with the page's filters and sort, as CSV or XLSX ({@code format=csv|xlsx}),
     * in the columns the reader chose ({@code columns}; the list's defaults when blank). A value the list page
     * would drop with a warning is refused here (400): an export without a filter the reader thought applied would hold more than they expect.
     */
    @GetMapping("/export")
    void export(@RequestParam(required = false) String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String lifecycleStage,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String columns,
            HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = ExportFormat.ofName(format);
        AccountListParams params = AccountListParams.parse(q, kind, lifecycleStage, tier, owner, null, null, sort);
        if (params.bad()) {
            throw ValidationException.of("filters", "validation.invalid");
        }
        AccountFilter filter = params.filter();
        exports.write(exportFormat, new ExportRequest<>("record.ACCOUNT.plural", AccountColumns.LIST.pick(columns),
                params.page(), p -> queries.list(filter, p)), response);
    }

    // ------------------------------------------------------------------ record page

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String tab, HttpServletResponse response,
            Model model) {
        response.addHeader("Vary", Htmx.REQUEST);
        return page(id, tab, model);
    }

    /** One of this page's own tabs: the panel's content for htmx, the whole page with that tab open otherwise. */
    @GetMapping("/{id}/tab/{tab}")
    String tab(@PathVariable UUID id, @PathVariable String tab, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (!OWN_TABS.contains(tab)) {
            throw new NotFoundException("tab", id);
        }
        response.addHeader("Vary", Htmx.REQUEST);
        if (!Htmx.isFragment(request)) {
            return page(id, tab, model);
        }
        record(id, model);
        tabContent(id, tab, model);
        return "customers/accounts/record :: tabBody";
    }

    @GetMapping("/{id}/360")
    String customer360(@PathVariable UUID id, Model model) {
        record(id, model);
        model.addAttribute("panels", ui.panels(ACCOUNT, id));
        return "customers/accounts/c360";
    }

    /** The Customer 360 cards this module contributes; a browser asking for one directly gets the 360 page. */
    @GetMapping("/{id}/panels/{panel}")
    String panel(@PathVariable UUID id, @PathVariable String panel, HttpServletRequest request, Model model) {
        String fragment = switch (panel) {
            case CustomerUi.CONTACT_POINTS -> "contactPoints";
            case CustomerUi.CONTACTS -> "contacts";
            default -> throw new NotFoundException("panel", id);
        };
        if (!Htmx.isFragment(request)) {
            return "redirect:/accounts/" + id + "/360";
        }
        basics(id, model);
        if (CustomerUi.CONTACTS.equals(panel)) {
            model.addAttribute("contacts", contactQueries.list(ContactFilter.ofAccount(id),
                    ContactQueries.page(0, 50, "name,asc", null)));
        }
        return "customers/accounts/panels :: " + fragment;
    }

    private String page(UUID id, String tab, Model model) {
        record(id, model);
        RecordTabs tabs = RecordTabs.open(ui.tabs(ACCOUNT, id), tab, OWN_TABS);
        model.addAttribute("tabs", tabs);
        model.addAttribute("tab", tabs.active().key());
        if (tabs.inline()) {
            tabContent(id, tabs.active().key(), model);
        }
        return "customers/accounts/record";
    }

    /** The account and what every view of it needs. */
    private AccountResponse basics(UUID id, Model model) {
        AccountResponse account = accounts.get(id);
        Account entity = accounts.load(id);
        model.addAttribute("account", account);
        model.addAttribute("addressLines", entity.getAddresses().stream().map(PostalAddress::oneLine).toList());
        model.addAttribute("canWrite", accounts.canWrite(entity));
        return account;
    }

    private void record(UUID id, Model model) {
        AccountResponse account = basics(id, model);
        model.addAttribute("ownerName", directory.findUser(account.ownerId()).map(UserSummary::fullName)
                .orElse(null));
        model.addAttribute("teamName", account.teamId() == null ? null
                : directory.findTeam(account.teamId()).map(TeamSummary::name).orElse(null));
        model.addAttribute("parentName", account.parentId() == null ? null
                : accounts.visibleName(account.parentId()).orElse(null));
    }

    private void tabContent(UUID id, String tab, Model model) {
        model.addAttribute("tab", tab);
        if (CustomerUi.CONTACTS.equals(tab)) {
            model.addAttribute("contacts", contactQueries.list(ContactFilter.ofAccount(id),
                    ContactQueries.page(0, 100, "name,asc", null)));
        }
    }

    // ------------------------------------------------------------------ form

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("accountForm", new AccountForm());
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("accountForm") AccountForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                AccountResponse created = accounts.create(form.toRequest(null));
                redirect.addFlashAttribute("flash", text("account.flash.created", created.name()));
                redirect.addFlashAttribute(DuplicateNotice.ATTRIBUTE, DuplicateNotice.ofAccount(created.duplicates()));
                return "redirect:/accounts/" + created.id();
            } catch (ValidationException e) {
                FormSupport.copy(e, result, form.indexMaps());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        form.pad();
        return form(model, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        AccountResponse account = accounts.get(id);
        if (!accounts.canWrite(accounts.load(id))) {
            throw new ForbiddenException("account " + id + " is read-only for you");
        }
        model.addAttribute("accountForm", AccountForm.of(account));
        return form(model, account);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("accountForm") AccountForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AccountResponse existing = accounts.get(id);
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!result.hasErrors()) {
            try {
                AccountResponse saved = accounts.update(id, form.toRequest(existing.customFields()), null);
                redirect.addFlashAttribute("flash", text("account.flash.saved", saved.name()));
                redirect.addFlashAttribute(DuplicateNotice.ATTRIBUTE, DuplicateNotice.ofAccount(saved.duplicates()));
                return "redirect:/accounts/" + id;
            } catch (ValidationException e) {
                FormSupport.copy(e, result, form.indexMaps());
            } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
                result.reject("account.form.stale");
                status = HttpStatus.CONFLICT;
            }
        }
        response.setStatus(status.value());
        form.pad();
        return form(model, existing);
    }

    /** Moves the record to the recycle bin and lands on the list with an Undo toast (ADR 021). */
    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        String name;
        try {
            name = accounts.delete(id, null);
        } catch (ValidationException e) {
            String key = e.violations().isEmpty() ? "validation.invalid" : e.violations().get(0).messageKey();
            redirect.addFlashAttribute("flashError", text("account.flash.notDeleted", text(key)));
            return "redirect:/accounts/" + id;
        }
        dev.orbita.platform.ui.UndoToast.offer(redirect, text("account.flash.deleted", name),
                dev.orbita.shared.RecordRef.of(dev.orbita.customers.CustomerRecordTypes.ACCOUNT, id));
        return "redirect:/accounts";
    }

    private String form(Model model, AccountResponse existing) {
        model.addAttribute("account", existing);
        model.addAttribute("kinds", AccountKind.values());
        model.addAttribute("stages", LifecycleStage.values());
        model.addAttribute("tiers", ValueTier.values());
        model.addAttribute("rowTemplate", new AccountForm());
        model.addAttribute("phoneTypes", PhoneType.values());
        model.addAttribute("emailTypes", EmailType.values());
        model.addAttribute("addressTypes", AddressType.values());
        return "customers/accounts/form";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
