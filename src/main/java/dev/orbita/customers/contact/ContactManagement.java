package dev.orbita.customers.contact;

import dev.orbita.customers.ContactChanged;
import dev.orbita.customers.ContactCreated;
import dev.orbita.customers.ContactDeleted;
import dev.orbita.customers.account.AccountManagement;
import dev.orbita.customers.common.ConsentDto;
import dev.orbita.customers.common.ConsentRecord;
import dev.orbita.customers.common.DuplicateFinder;
import dev.orbita.shared.contact.EmailEntry;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneEntry;
import dev.orbita.shared.check.RequestChecks;
import dev.orbita.platform.RecordHistory;
import dev.orbita.platform.RecordAccess;
import dev.orbita.platform.PurgingFromRecycleBin;
import dev.orbita.platform.RecycleBin;
import dev.orbita.shared.RecordRef;
import org.springframework.context.event.EventListener;
import dev.orbita.shared.Actor;
import dev.orbita.shared.NotFoundException;
import dev.orbita.shared.TaxId;
import dev.orbita.shared.TaxIdKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contact use cases, with consent history kept append-only. */
@Service
public class ContactManagement {

    static final String ENTITY = dev.orbita.customers.CustomerRecordTypes.CONTACT;

    private final ContactRepository contacts;
    private final AccountManagement accounts;
    private final RecordAccess access;
    private final RecordHistory history;
    private final DuplicateFinder duplicates;
    private final ApplicationEventPublisher events;
    private final RecycleBin bin;
    private final String defaultRegion;

    ContactManagement(ContactRepository contacts, AccountManagement accounts, RecordAccess access, RecordHistory history,
            DuplicateFinder duplicates, ApplicationEventPublisher events, RecycleBin bin,
            @Value("${orbita.default-region:BR}") String defaultRegion) {
        this.bin = bin;
        this.contacts = contacts;
        this.accounts = accounts;
        this.access = access;
        this.history = history;
        this.duplicates = duplicates;
        this.events = events;
        this.defaultRegion = defaultRegion;
    }

    @Transactional(readOnly = true)
    public ContactResponse get(UUID id) {
        Contact contact = readable(id);
        return ContactResponse.of(contact, accountName(contact.getAccountId()), List.of());
    }

    @Transactional(readOnly = true)
    public Optional<Contact> find(UUID id) {
        try {
            return Optional.of(readable(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Transactional
    public ContactResponse create(ContactRequest request) {
        RequestChecks checks = new RequestChecks();
        RecordAccess.Owner owner = access.forNewRecord(ENTITY, request.ownerId(), request.teamId(), checks.errors());
        Contact.Details details = details(request, null, checks);
        List<NewConsent> consents = consents(request.consents(), checks);
        checks.throwIfAny();
        Contact contact = new Contact(owner);
        contact.apply(details);
        consents.forEach(c -> contact.recordConsent(c.record(), c.timeGiven()));
        contacts.saveAndFlush(contact);
        history.created(ENTITY, contact, Map.of());
        events.publishEvent(ContactCreated.now(contact.getId(), contact.getAccountId()));
        return ContactResponse.of(contact, accountName(contact.getAccountId()), duplicatesOf(contact));
    }

    @Transactional
    public ContactResponse update(UUID id, ContactRequest request, Long ifMatch) {
        return change(access.forWrite(ENTITY, Contact.class, id, ifMatch, request.version()), request);
    }

    /**
     * A merge patch applied to the current state under the row lock, so that parallel patches of
     * different fields all survive; refused only for a version the client sent.
     */
    @Transactional
    public ContactResponse patch(UUID id, UnaryOperator<ContactRequest> merge, Long ifMatch) {
        Contact contact = access.lockWritable(ENTITY, Contact.class, id);
        ContactRequest merged = merge.apply(
                ContactResponse.of(contact, accountName(contact.getAccountId()), List.of()).toRequest());
        access.checkVersion(contact, ifMatch, merged.version());
        access.nextVersion(contact);
        return change(contact, merged);
    }

    private ContactResponse change(Contact contact, ContactRequest request) {
        UUID id = contact.getId();
        RequestChecks checks = new RequestChecks();
        RecordAccess.Owner owner = access.reassign(ENTITY, contact, request.ownerId(), request.teamId(),
                checks.errors());
        Contact.Details details = details(request, contact.getAccountId(), checks);
        List<NewConsent> consents = consents(request.consents(), checks);
        checks.throwIfAny();
        Map<String, String> before = history.snapshot(ENTITY, contact, Map.of());
        contact.apply(details);
        access.assign(contact, owner);
        consents.forEach(c -> contact.recordConsent(c.record(), c.timeGiven()));
        contacts.flush();
        history.changed(ENTITY, contact, before, Map.of());
        events.publishEvent(ContactChanged.now(id, contact.getAccountId()));
        return ContactResponse.of(contact, accountName(contact.getAccountId()), duplicatesOf(contact));
    }

    /**
     * Moves the contact to the recycle bin (ADR 021).
     *
     * @return the contact's name
     */
    @Transactional
    public String delete(UUID id, Long ifMatch) {
        Contact contact = access.lockWritable(ENTITY, Contact.class, id);
        UUID accountId = contact.getAccountId();
        String name = bin.moveToBin(RecordRef.of(ENTITY, id), ifMatch);
        events.publishEvent(ContactDeleted.now(id, accountId));
        return name;
    }

    /**
     * The contacts of an account purged from the recycle bin lose their link to it through the domain (new version
     * and, for a contact outside the bin, a history entry by the system); an account in the bin keeps its contacts
     * linked, so that restoring it brings them back.
     */
    @EventListener
    void onPurging(PurgingFromRecycleBin event) {
        if (!dev.orbita.customers.CustomerRecordTypes.ACCOUNT.equals(event.record().type())) {
            return;
        }
        for (UUID contactId : contacts.idsOfAccount(event.record().id())) {
            Contact contact = contacts.findById(contactId).orElse(null);
            if (contact == null) {
                continue;
            }
            Map<String, String> before = history.snapshot(ENTITY, contact, Map.of());
            contact.unlinkAccount();
            access.nextVersion(contact);
            contacts.flush();
            if (!contact.inRecycleBin()) {
                history.changed(ENTITY, contact, before, Map.of());
                events.publishEvent(ContactChanged.now(contactId, event.record().id()));
            }
        }
    }

    @Transactional(readOnly = true)
    public boolean canWrite(Contact contact) {
        return access.canWrite(ENTITY, contact);
    }

    private Contact readable(UUID id) {
        return access.readable(ENTITY, contacts.findWithContactPoints(id), id);
    }

    /** @param currentAccountId the contact's account before this write, kept even when the caller cannot see it */
    private Contact.Details details(ContactRequest r, UUID currentAccountId, RequestChecks checks) {
        String first = checks.text("firstName", r.firstName(), RequestChecks.NAME_MAX, false);
        String last = checks.text("lastName", r.lastName(), RequestChecks.NAME_MAX, false);
        if (first == null && last == null && !hasError(checks)) {
            checks.errors().add("lastName", "validation.contact.name");
        }
        UUID accountId = r.accountId();
        if (accountId != null && !accountId.equals(currentAccountId) && accountName(accountId) == null) {
            checks.errors().add("accountId", "validation.reference");
        }
        TaxId taxId = null;
        String rawTax = checks.text("taxId", r.taxId(), 30, false);
        if (rawTax != null) {
            taxId = checks.errors().value("taxId", () -> TaxId.detect(rawTax));
            if (taxId != null && taxId.kind() != TaxIdKind.CPF && taxId.kind() != TaxIdKind.PT_NIF) {
                checks.errors().add("taxId", "validation.taxId.person");
                taxId = null;
            }
        }
        String language = checks.language("language", r.language());
        String region = "pt-PT".equals(language) ? "PT" : defaultRegion;
        return new Contact.Details(first, last, accountId, checks.text("jobTitle", r.jobTitle(), 200, false),
                checks.text("responsibilities", r.responsibilities(), 2000, false), taxId, r.preferredChannel(),
                checks.contactHours("preferredContactHours", r.preferredContactHours()), language,
                checks.timeZone("timeZone", r.timeZone()),
                r.lifecycleStage() == null ? LifecycleStage.PROSPECT : r.lifecycleStage(),
                checks.text("notes", r.notes(), RequestChecks.NOTES_MAX, false),
                checks.customFields("customFields", r.customFields()), checks.phones("phones", r.phones(), region),
                checks.emails("emails", r.emails()), dev.orbita.customers.common.SocialProfiles.check(checks, "socialProfiles", r.socialProfiles()),
                checks.tags("tags", r.tags()));
    }

    private static boolean hasError(RequestChecks checks) {
        return !checks.errors().isEmpty();
    }

    private record NewConsent(ConsentRecord record, boolean timeGiven) {
    }

    private List<NewConsent> consents(List<ConsentDto> dtos, RequestChecks checks) {
        List<NewConsent> result = new ArrayList<>();
        if (dtos == null) {
            return result;
        }
        Instant now = Instant.now();
        for (int i = 0; i < dtos.size() && i < 100; i++) {
            ConsentDto c = dtos.get(i);
            String path = "consents[" + i + "]";
            if (c == null) {
                checks.errors().add(path, "validation.required");
                continue;
            }
            boolean ok = true;
            if (c.purpose() == null) {
                checks.errors().add(path + ".purpose", "validation.required");
                ok = false;
            }
            if (c.channel() == null) {
                checks.errors().add(path + ".channel", "validation.required");
                ok = false;
            }
            if (c.granted() == null) {
                checks.errors().add(path + ".granted", "validation.required");
                ok = false;
            }
            if (c.lawfulBasis() == null) {
                checks.errors().add(path + ".lawfulBasis", "validation.required");
                ok = false;
            }
            String source = checks.text(path + ".source", c.source(), 200, true);
            if (c.recordedAt() != null && c.recordedAt().isAfter(now.plusSeconds(60))) {
                checks.errors().add(path + ".recordedAt", "validation.past");
                ok = false;
            }
            if (ok && source != null) {
                result.add(new NewConsent(new ConsentRecord(c.purpose(), c.channel(), c.granted(), c.lawfulBasis(),
                        source, c.recordedAt() == null ? now : c.recordedAt(), Actor.currentId()),
                        c.recordedAt() != null));
            }
        }
        result.sort(java.util.Comparator.comparing(n -> n.record().getRecordedAt()));
        return result;
    }

    private String accountName(UUID accountId) {
        if (accountId == null) {
            return null;
        }
        return accounts.visibleName(accountId).orElse(null);
    }


    private List<ContactResponse.Duplicate> duplicatesOf(Contact contact) {
        return duplicates.find(contact.getId(), contact.getEmails().stream().map(EmailEntry::getAddress).toList(),
                contact.getPhones().stream().map(PhoneEntry::getNumber).toList(),
                contact.getTaxIdValue() == null ? null : contact.getTaxIdValue().value())
                .stream().map(m -> new ContactResponse.Duplicate(m.type(), m.id(), m.name(), m.matchedOn())).toList();
    }
}
