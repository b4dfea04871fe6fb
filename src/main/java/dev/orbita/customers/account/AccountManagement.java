package dev.orbita.customers.account;

import dev.orbita.customers.AccountChanged;
import dev.orbita.customers.AccountCreated;
import dev.orbita.customers.AccountDeleted;
import dev.orbita.customers.common.AccountKind;
import dev.orbita.customers.common.DuplicateFinder;
import dev.orbita.shared.contact.EmailEntry;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneEntry;
import dev.orbita.shared.check.RequestChecks;
import dev.orbita.platform.RecordHistory;
import dev.orbita.platform.RecordLabels;
import dev.orbita.platform.RecordAccess;
import dev.orbita.platform.RecycleBin;
import dev.orbita.platform.MovingToRecycleBin;
import dev.orbita.platform.PurgingFromRecycleBin;
import org.springframework.context.event.EventListener;
import dev.orbita.shared.TaxId;
import dev.orbita.shared.TaxIdKind;
import dev.orbita.shared.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account use cases: every rule and permission is checked before anything is written. */
@Service
public class AccountManagement {

    static final String ENTITY = dev.orbita.customers.CustomerRecordTypes.ACCOUNT;

    private final AccountRepository accounts;
    private final RecordAccess access;
    private final RecordHistory history;
    private final RecordLabels labels;
    private final DuplicateFinder duplicates;
    private final ApplicationEventPublisher events;
    private final RecycleBin bin;
    private final String defaultRegion;

    AccountManagement(AccountRepository accounts, RecordAccess access, RecordHistory history, RecordLabels labels, DuplicateFinder duplicates,
            ApplicationEventPublisher events, RecycleBin bin, @Value("${orbita.default-region:BR}") String defaultRegion) {
        this.bin = bin;
        this.accounts = accounts;
        this.access = access;
        this.history = history;
        this.labels = labels;
        this.duplicates = duplicates;
        this.events = events;
        this.defaultRegion = defaultRegion;
    }

    @Transactional(readOnly = true)
    public AccountResponse get(UUID id) {
        return AccountResponse.of(readable(id), List.of());
    }

    /** The name of an account the caller may see (one narrow query), or empty. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> visibleName(UUID id) {
        return labels.visibleTitle(ENTITY, id);
    }

    @Transactional(readOnly = true)
    public Account load(UUID id) {
        Account account = readable(id);
        account.getPhones().size();
        account.getEmails().size();
        account.getAddresses().size();
        account.getTags().size();
        return account;
    }

    @Transactional
    public AccountResponse create(AccountRequest request) {
        RequestChecks checks = new RequestChecks();
        RecordAccess.Owner owner = access.forNewRecord(ENTITY, request.ownerId(), request.teamId(), checks.errors());
        Account.Details details = details(request, null, null, checks);
        checks.throwIfAny();
        Account account = new Account(owner);
        account.apply(details);
        accounts.saveAndFlush(account);
        history.created(ENTITY, account, Map.of());
        events.publishEvent(AccountCreated.now(account.getId()));
        return AccountResponse.of(account, duplicatesOf(account));
    }

    /**
     * Full update.
     * @param ifMatch the version from an {@code If-Match} header, if any (stale → 412)
     */
    @Transactional
    public AccountResponse update(UUID id, AccountRequest request, Long ifMatch) {
        return change(access.forWrite(ENTITY, Account.class, id, ifMatch, request.version()), request);
    }

    /**
     * A merge patch applied to the current state under the row lock, so that parallel patches of
     * different fields all survive; refused only for a version the client sent.
     */
    @Transactional
    public AccountResponse patch(UUID id, UnaryOperator<AccountRequest> merge, Long ifMatch) {
        Account account = access.lockWritable(ENTITY, Account.class, id);
        AccountRequest merged = merge.apply(AccountResponse.of(account, List.of()).toRequest());
        access.checkVersion(account, ifMatch, merged.version());
        access.nextVersion(account);
        return change(account, merged);
    }

    private AccountResponse change(Account account, AccountRequest request) {
        UUID id = account.getId();
        RequestChecks checks = new RequestChecks();
        RecordAccess.Owner owner = access.reassign(ENTITY, account, request.ownerId(), request.teamId(),
                checks.errors());
        Account.Details details = details(request, id, account.getParentId(), checks);
        checks.throwIfAny();
        Map<String, String> before = history.snapshot(ENTITY, account, Map.of());
        account.apply(details);
        access.assign(account, owner);
        accounts.flush();
        history.changed(ENTITY, account, before, Map.of());
        events.publishEvent(AccountChanged.now(id));
        return AccountResponse.of(account, duplicatesOf(account));
    }

    /**
     * Moves the account to the recycle bin (ADR 021); refused while it has sub-accounts outside the bin. Its
     * contacts keep their link: while the account is in the bin they show no account name, and a restore brings
     * the link back as it was.
     *
     * @return the account's name
     */
    @Transactional
    public String delete(UUID id, Long ifMatch) {
        String name = bin.moveToBin(dev.orbita.shared.RecordRef.of(ENTITY, id), ifMatch);
        events.publishEvent(AccountDeleted.now(id));
        return name;
    }

    @EventListener
    void onMovingToRecycleBin(MovingToRecycleBin event) {
        if (ENTITY.equals(event.record().type()) && accounts.countByParentIdAndDeletedAtIsNull(event.record().id()) > 0) {
            throw ValidationException.of("id", "validation.account.hasChildren");
        }
    }

    /** Sub-accounts (live or in the bin) of an account being purged stand alone from now on, with a history entry. */
    @EventListener
    void onPurging(PurgingFromRecycleBin event) {
        if (!ENTITY.equals(event.record().type())) {
            return;
        }
        for (UUID childId : accounts.idsOfChildren(event.record().id())) {
            Account child = accounts.findById(childId).orElse(null);
            if (child == null) {
                continue;
            }
            Map<String, String> before = history.snapshot(ENTITY, child, Map.of());
            child.detachFromParent();
            access.nextVersion(child);
            accounts.flush();
            if (!child.inRecycleBin()) {
                history.changed(ENTITY, child, before, Map.of());
            }
        }
    }

    @Transactional(readOnly = true)
    public boolean canWrite(Account account) {
        return access.canWrite(ENTITY, account);
    }

    private Account readable(UUID id) {
        return access.readable(ENTITY, accounts.findWithContactPoints(id), id);
    }

    private Account.Details details(AccountRequest r, UUID selfId, UUID currentParent, RequestChecks checks) {
        AccountKind kind = r.kind() == null ? AccountKind.COMPANY : r.kind();
        String name = checks.text("name", r.name(), RequestChecks.NAME_MAX, true);
        String legalName = checks.text("legalName", r.legalName(), RequestChecks.NAME_MAX, false);
        TaxId taxId = taxId(kind, checks.text("taxId", r.taxId(), 30, false), checks);
        String region = RequestChecks.phoneRegion(r.addresses(), null, defaultRegion);
        UUID parentId = parent(r.parentId(), selfId, currentParent, checks);
        return new Account.Details(kind, name, legalName, taxId, checks.text("industry", r.industry(), 100, false),
                checks.website("website", r.website()),
                r.lifecycleStage() == null ? LifecycleStage.PROSPECT : r.lifecycleStage(), r.tier(), parentId,
                checks.text("notes", r.notes(), RequestChecks.NOTES_MAX, false),
                checks.customFields("customFields", r.customFields()), checks.phones("phones", r.phones(), region),
                checks.emails("emails", r.emails()), checks.addresses("addresses", r.addresses(), region),
                checks.tags("tags", r.tags()));
    }

    /** A tax id valid for the account's kind: CPF for people, CNPJ/NIPC/VAT for companies, NIF for both. */
    private static TaxId taxId(AccountKind kind, String raw, RequestChecks checks) {
        if (raw == null) {
            return null;
        }
        TaxId taxId = checks.errors().value("taxId", () -> TaxId.detect(raw));
        if (taxId == null) {
            return null;
        }
        boolean fits = switch (kind) {
            case COMPANY -> taxId.kind() != TaxIdKind.CPF;
            case PERSON, HOUSEHOLD -> taxId.kind() == TaxIdKind.CPF || taxId.kind() == TaxIdKind.PT_NIF;
        };
        if (!fits) {
            checks.errors().add("taxId", "validation.taxId.kind", taxId.kind().name(), kind.name());
            return null;
        }
        return taxId;
    }

    private UUID parent(UUID parentId, UUID selfId, UUID currentParent, RequestChecks checks) {
        if (parentId == null) {
            return null;
        }
        Account parent = accounts.findById(parentId).orElse(null);
        // a link the account already has is kept even when the caller cannot see the parent (in the bin, out of scope)
        if (parent == null || (!parentId.equals(currentParent) && !access.canRead(ENTITY, parent))) {
            checks.errors().add("parentId", "validation.reference");
            return null;
        }
        Set<UUID> seen = new HashSet<>();
        UUID cursor = parentId;
        while (cursor != null && seen.add(cursor)) {
            if (cursor.equals(selfId)) {
                checks.errors().add("parentId", "validation.account.cycle");
                return null;
            }
            cursor = accounts.parentOf(cursor);
        }
        return parentId;
    }


    private List<AccountResponse.Duplicate> duplicatesOf(Account account) {
        return duplicates.find(account.getId(), account.getEmails().stream().map(EmailEntry::getAddress).toList(),
                account.getPhones().stream().map(PhoneEntry::getNumber).toList(),
                account.getTaxIdValue() == null ? null : account.getTaxIdValue().value())
                .stream().map(m -> new AccountResponse.Duplicate(m.type(), m.id(), m.name(), m.matchedOn())).toList();
    }
}
