package dev.orbita.customers.web;

import dev.orbita.web.form.FormSupport;
import static dev.orbita.customers.CustomerRecordTypes.CONTACT;

import dev.orbita.customers.account.AccountFilter;
import dev.orbita.customers.account.AccountListItem;
import dev.orbita.customers.account.AccountQueries;
import dev.orbita.customers.common.Channel;
import dev.orbita.customers.common.ConsentPurpose;
import dev.orbita.shared.contact.EmailType;
import dev.orbita.customers.common.LawfulBasis;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneType;
import dev.orbita.customers.common.SocialNetwork;
import dev.orbita.customers.contact.Contact;
import dev.orbita.customers.contact.ContactColumns;
import dev.orbita.customers.contact.ContactFilter;
import dev.orbita.customers.contact.ContactListItem;
import dev.orbita.customers.contact.ContactManagement;
import dev.orbita.customers.contact.ContactQueries;
import dev.orbita.customers.contact.ContactResponse;
import dev.orbita.platform.UserDirectory;
import dev.orbita.platform.UserSummary;
import dev.orbita.platform.ui.Htmx;
import dev.orbita.platform.ui.ListLinks;
import dev.orbita.platform.ui.ListPage;
import dev.orbita.platform.ui.ListState;
import dev.orbita.platform.ui.ListViews;
import dev.orbita.platform.ui.RecordTabs;
import dev.orbita.platform.ui.UiExtensions;
import dev.orbita.shared.ForbiddenException;
import dev.orbita.shared.NotFoundException;
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

/** The contact pages: list, record page with its own tab, form, delete, Customer 360 and its panels. */
@Controller
@RequestMapping("/contacts")
class ContactPagesController {

    /** The tabs this page renders itself; the others (History, other modules') load from their owners. */
    static final Set<String> OWN_TABS = Set.of(CustomerUi.OVERVIEW);
    static final List<String> LANGUAGES = List.of("pt-BR", "pt-PT", "en", "es");
    static final List<String> TIME_ZONES = List.of("America/Sao_Paulo", "America/Manaus", "America/Recife",
            "Europe/Lisbon", "Atlantic/Azores", "UTC");

    private final ContactManagement contacts;
    private final ContactQueries queries;
    private final AccountQueries accountQueries;
    private final UserDirectory directory;
    private final MessageSource messages;

    private final UiExtensions ui;
    private final ListExport exports;
    private final ListViews views;

    ContactPagesController(ContactManagement contacts, ContactQueries queries, AccountQueries accountQueries,
            UserDirectory directory, MessageSource messages, UiExtensions ui,
            ListExport exports, ListViews views) {
        this.exports = exports;
        this.views = views;
        this.ui = ui;
        this.contacts = contacts;
        this.queries = queries;
        this.accountQueries = accountQueries;
        this.directory = directory;
        this.messages = messages;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "contacts";
    }

    // ------------------------------------------------------------------ list

    @GetMapping
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, @RequestParam(required = false) String last,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        ListState state = views.open(CustomerUi.CONTACTS_LIST, request.getParameterMap());
        ContactListParams params = ContactListParams.parse(state, page, after, before, last);
        PageQuery pq = params.page();
        PageResponse<ContactListItem> result = queries.list(params.filter(), pq);
        model.addAttribute("contacts", result);
        ListPage.show(model, state, result, new ListLinks("/contacts", params.links(), pq.sortField(), pq.ascending())
                .exporting(), ContactColumns.LIST, "contact.list.title", ContactListItem::id,
                c -> "/contacts/" + c.id());
        model.addAttribute("q", params.q());
        model.addAttribute("lifecycleStage", params.lifecycleStage());
        model.addAttribute("standalone", params.standalone());
        model.addAttribute("owner", params.owner());
        model.addAttribute("sort", pq.sortParam());
        model.addAttribute("size", pq.size());
        model.addAttribute("badParams", params.bad());
        model.addAttribute("filtered", params.filtered());
        response.addHeader("Vary", Htmx.REQUEST);
        if (Htmx.isFragment(request)) {
            model.addAttribute("listFragment", true);
            return "customers/contacts/list :: rows";
        }
        model.addAttribute("stages", LifecycleStage.values());
        return "customers/contacts/list";
    }

    /**
     * The list's whole result with the page's filters and sort, as CSV or XLSX ({@code format=csv|xlsx}),
     * in the columns the reader chose ({@code columns}; the list's defaults when blank). A value the list page
     * would drop with a warning is refused here (400): an export without a filter the reader thought applied would hold more than they expect.
     */
    @GetMapping("/export")
    void export(@RequestParam(required = false) String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) String lifecycleStage, @RequestParam(required = false) String standalone,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String columns, HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = ExportFormat.ofName(format);
        ContactListParams params = ContactListParams.parse(q, lifecycleStage, standalone, owner, null, null, sort);
        if (params.bad()) {
            throw ValidationException.of("filters", "validation.invalid");
        }
        ContactFilter filter = params.filter();
        exports.write(exportFormat, new ExportRequest<>("record.CONTACT.plural", ContactColumns.LIST.pick(columns),
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
        model.addAttribute("tab", tab);
        return "customers/contacts/record :: tabBody";
    }

    @GetMapping("/{id}/360")
    String customer360(@PathVariable UUID id, Model model) {
        record(id, model);
        model.addAttribute("panels", ui.panels(CONTACT, id));
        return "customers/contacts/c360";
    }

    /** The Customer 360 cards this module contributes; a browser asking for one directly gets the 360 page. */
    @GetMapping("/{id}/panels/{panel}")
    String panel(@PathVariable UUID id, @PathVariable String panel, HttpServletRequest request, Model model) {
        String fragment = switch (panel) {
            case CustomerUi.CONTACT_POINTS -> "contactPoints";
            case CustomerUi.CONSENTS -> "consents";
            default -> throw new NotFoundException("panel", id);
        };
        if (!Htmx.isFragment(request)) {
            return "redirect:/contacts/" + id + "/360";
        }
        basics(id, model);
        return "customers/contacts/panels :: " + fragment;
    }

    private String page(UUID id, String tab, Model model) {
        record(id, model);
        RecordTabs tabs = RecordTabs.open(ui.tabs(CONTACT, id), tab, OWN_TABS);
        model.addAttribute("tabs", tabs);
        model.addAttribute("tab", tabs.active().key());
        return "customers/contacts/record";
    }

    /** The contact and what every view of it needs. */
    private ContactResponse basics(UUID id, Model model) {
        ContactResponse contact = contacts.get(id);
        Contact entity = contacts.find(id).orElseThrow(() -> new NotFoundException("contact", id));
        model.addAttribute("contact", contact);
        model.addAttribute("canWrite", contacts.canWrite(entity));
        return contact;
    }

    private void record(UUID id, Model model) {
        ContactResponse contact = basics(id, model);
        model.addAttribute("ownerName", directory.findUser(contact.ownerId()).map(UserSummary::fullName)
                .orElse(null));
    }

    // ------------------------------------------------------------------ form

    @GetMapping("/new")
    String newContact(@RequestParam(required = false) String accountId, Model model) {
        ContactForm form = new ContactForm();
        form.setAccountId(WebSupport.parseUuid(accountId, new boolean[1]));
        model.addAttribute("contactForm", form);
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                ContactResponse created = contacts.create(form.toRequest(null));
                redirect.addFlashAttribute("flash", text("contact.flash.created", created.name()));
                redirect.addFlashAttribute(DuplicateNotice.ATTRIBUTE, DuplicateNotice.ofContact(created.duplicates()));
                return "redirect:/contacts/" + created.id();
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
        ContactResponse contact = contacts.get(id);
        Contact entity = contacts.find(id).orElseThrow(() -> new NotFoundException("contact", id));
        if (!contacts.canWrite(entity)) {
            throw new ForbiddenException("contact " + id + " is read-only for you");
        }
        model.addAttribute("contactForm", ContactForm.of(contact));
        return form(model, contact);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("contactForm") ContactForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ContactResponse existing = contacts.get(id);
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!result.hasErrors()) {
            try {
                ContactResponse saved = contacts.update(id, form.toRequest(existing.customFields()), null);
                redirect.addFlashAttribute("flash", text("contact.flash.saved", saved.name()));
                redirect.addFlashAttribute(DuplicateNotice.ATTRIBUTE, DuplicateNotice.ofContact(saved.duplicates()));
                return "redirect:/contacts/" + id;
            } catch (ValidationException e) {
                FormSupport.copy(e, result, form.indexMaps());
            } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
                result.reject("contact.form.stale");
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
            name = contacts.delete(id, null);
        } catch (ValidationException e) {
            String key = e.violations().isEmpty() ? "validation.invalid" : e.violations().get(0).messageKey();
            redirect.addFlashAttribute("flashError", text("contact.flash.notDeleted", text(key)));
            return "redirect:/contacts/" + id;
        }
        dev.orbita.platform.ui.UndoToast.offer(redirect, text("contact.flash.deleted", name),
                dev.orbita.shared.RecordRef.of(dev.orbita.customers.CustomerRecordTypes.CONTACT, id));
        return "redirect:/contacts";
    }

    private String form(Model model, ContactResponse existing) {
        model.addAttribute("contact", existing);
        model.addAttribute("stages", LifecycleStage.values());
        model.addAttribute("rowTemplate", new ContactForm());
        model.addAttribute("phoneTypes", PhoneType.values());
        model.addAttribute("emailTypes", EmailType.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("lawfulBases", LawfulBasis.values());
        model.addAttribute("networks", SocialNetwork.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("timeZones", TIME_ZONES);
        return "customers/contacts/form";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
