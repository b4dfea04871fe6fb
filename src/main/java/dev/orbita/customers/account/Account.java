package dev.orbita.customers.account;

import dev.orbita.customers.common.AccountKind;
import dev.orbita.shared.contact.EmailEntry;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.Names;
import dev.orbita.shared.contact.PhoneEntry;
import dev.orbita.shared.contact.PostalAddress;
import dev.orbita.customers.common.ValueTier;
import dev.orbita.customers.search.NameSortKey;
import dev.orbita.platform.AuditFields;
import dev.orbita.platform.ContactPointAudit;
import dev.orbita.platform.OwnedRecord;
import dev.orbita.platform.RecordAccess;
import dev.orbita.shared.TaxId;
import dev.orbita.shared.TaxIdKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.RoutingBinderRef;
import dev.orbita.platform.RecycleBinRouting;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A customer organisation, person or household, with its contact points and place in a hierarchy. */
@Entity
@Table(name = "accounts")
@Indexed(index = "accounts", routingBinder = @RoutingBinderRef(type = RecycleBinRouting.class))
public class Account extends OwnedRecord {

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountKind kind;

    @FullTextField(analyzer = "orbita_text", projectable = Projectable.YES)
    @Column(nullable = false)
    private String name;

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @FullTextField(analyzer = "orbita_text")
    @Column(name = "legal_name")
    private String legalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_id_kind")
    private TaxIdKind taxIdKind;

    @Column(name = "tax_id")
    private String taxId;

    private String industry;
    private String website;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_stage", nullable = false)
    private LifecycleStage lifecycleStage;

    @GenericField
    @Enumerated(EnumType.STRING)
    private ValueTier tier;

    @GenericField
    @Column(name = "parent_id")
    private UUID parentId;



    private String notes;


    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "account_phones", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    @IndexedEmbedded
    private List<PhoneEntry> phones = new ArrayList<>();

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "account_emails", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    @IndexedEmbedded
    private List<EmailEntry> emails = new ArrayList<>();

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "account_addresses", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    private List<PostalAddress> addresses = new ArrayList<>();

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "account_tags", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    /** What the history of an account shows, in the order of its form. */
    public static final AuditFields<Account> AUDIT = AuditFields.of(Account.class).title(Account::getName)
            .text("name", Account::getName)
            .text("legalName", Account::getLegalName)
            .code("kind", AccountKind.class, Account::getKind)
            .text("taxId", a -> a.getTaxIdValue() == null ? null : a.getTaxIdValue().formatted())
            .text("industry", Account::getIndustry)
            .text("website", Account::getWebsite)
            .code("lifecycleStage", LifecycleStage.class, Account::getLifecycleStage)
            .code("tier", ValueTier.class, Account::getTier)
            .reference("parentId", "ACCOUNT", Account::getParentId)
            .ownerAndTeam(Account::getOwnerId, Account::getTeamId)
            .items("phones", Account::getPhones, ContactPointAudit.PHONES)
            .items("emails", Account::getEmails, ContactPointAudit.EMAILS)
            .items("addresses", Account::getAddresses, ContactPointAudit.ADDRESSES)
            .tags("tags", Account::getTags)
            .text("notes", Account::getNotes)
            .json("customFields", Account::getCustomFields)
            .build();

    protected Account() {
    }

    public Account(RecordAccess.Owner owner) {
        super(owner);
    }

    /** An account is its own customer account (customer-portal principals see their own). */
    @Override
    public UUID customerAccountId() {
        return getId();
    }

    /** Everything a full update sets (owner and team are changed separately: not everyone may). */
    record Details(AccountKind kind, String name, String legalName, TaxId taxId, String industry, String website,
            LifecycleStage lifecycleStage, ValueTier tier, UUID parentId, String notes, String customFields,
            List<PhoneEntry> phones, List<EmailEntry> emails, List<PostalAddress> addresses, Set<String> tags) {
    }

    /** The parent account was purged from the recycle bin: this one stands alone from now on. */
    void detachFromParent() {
        this.parentId = null;
    }

    void apply(Details d) {
        this.kind = d.kind();
        this.name = d.name();
        this.sortName = Names.fold(d.name());
        this.legalName = d.legalName();
        this.taxIdKind = d.taxId() == null ? null : d.taxId().kind();
        this.taxId = d.taxId() == null ? null : d.taxId().value();
        this.industry = d.industry();
        this.website = d.website();
        this.lifecycleStage = d.lifecycleStage();
        this.tier = d.tier();
        this.parentId = d.parentId();
        this.notes = d.notes();
        changeCustomFields(d.customFields());
        replace(phones, d.phones());
        replace(emails, d.emails());
        replace(addresses, d.addresses());
        tags.clear();
        tags.addAll(d.tags());
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    /** The list's order by name in the index (ADR 017). */
    @KeywordField(name = NameSortKey.FIELD, sortable = Sortable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath(
            @org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue(propertyName = "sortName")))
    public String getSortKey() {
        return NameSortKey.of(sortName, getId());
    }

    /** Tax id digits for search: a CNPJ typed with or without punctuation finds the account. */
    @KeywordField(name = "taxIdDigits")
    @IndexingDependency(derivedFrom = @org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath(
            @org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue(propertyName = "taxId")))
    public String getTaxIdDigits() {
        return taxId == null ? null : taxId.replaceAll("[^0-9]", "");
    }

    /** A second line for search results: the first email, else the tax id. */
    @KeywordField(name = "subtitle", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = {
            @org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath(
                    @org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue(propertyName = "emails")),
            @org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath(
                    @org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue(propertyName = "taxId")),
            @org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath(
                    @org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue(propertyName = "industry")) })
    public String getSubtitle() {
        String first = emails.isEmpty() ? null : emails.get(0).getAddress();
        if (first != null) {
            return first;
        }
        TaxId id = getTaxIdValue();
        return id == null ? industry : id.formatted();
    }

    public TaxId getTaxIdValue() {
        return taxId == null ? null : new TaxId(taxIdKind, taxId);
    }

    public AccountKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getIndustry() {
        return industry;
    }

    public String getWebsite() {
        return website;
    }

    public LifecycleStage getLifecycleStage() {
        return lifecycleStage;
    }

    public ValueTier getTier() {
        return tier;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getNotes() {
        return notes;
    }

    public List<PhoneEntry> getPhones() {
        return phones;
    }

    public List<EmailEntry> getEmails() {
        return emails;
    }

    public List<PostalAddress> getAddresses() {
        return addresses;
    }

    public Set<String> getTags() {
        return tags;
    }
}
