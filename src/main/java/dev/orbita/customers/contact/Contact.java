package dev.orbita.customers.contact;

import dev.orbita.customers.common.Channel;
import dev.orbita.customers.common.ConsentPurpose;
import dev.orbita.customers.common.ConsentRecord;
import dev.orbita.shared.contact.EmailEntry;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.Names;
import dev.orbita.shared.contact.PhoneEntry;
import dev.orbita.customers.common.SocialProfile;
import dev.orbita.customers.common.SocialNetwork;
import dev.orbita.customers.common.LawfulBasis;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** A person: on an account (B2B) or standing alone as a customer (B2C). */
@Entity
@Table(name = "contacts")
@Indexed(index = "contacts", routingBinder = @RoutingBinderRef(type = RecycleBinRouting.class))
public class Contact extends OwnedRecord {

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "sort_name", nullable = false)
    private String sortName;

    @GenericField
    @Column(name = "account_id")
    private UUID accountId;

    @FullTextField(analyzer = "orbita_text")
    @Column(name = "job_title")
    private String jobTitle;

    private String responsibilities;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_id_kind")
    private TaxIdKind taxIdKind;

    @Column(name = "tax_id")
    private String taxId;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    private Channel preferredChannel;

    @Column(name = "preferred_contact_hours")
    private String preferredContactHours;

    private String language;

    @Column(name = "time_zone")
    private String timeZone;

    @GenericField
    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_stage", nullable = false)
    private LifecycleStage lifecycleStage;



    private String notes;


    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "contact_phones", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @IndexedEmbedded
    private List<PhoneEntry> phones = new ArrayList<>();

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "contact_emails", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    @IndexedEmbedded
    private List<EmailEntry> emails = new ArrayList<>();

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "contact_social_profiles", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    private List<SocialProfile> socialProfiles = new ArrayList<>();

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "contact_consents", joinColumns = @JoinColumn(name = "contact_id"))
    @OrderColumn(name = "position")
    private List<ConsentRecord> consents = new ArrayList<>();

    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "contact_tags", joinColumns = @JoinColumn(name = "contact_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    private static final AuditFields.Items<SocialProfile> SOCIAL = AuditFields.Items.of(SocialProfile.class)
            .code("network", SocialNetwork.class, SocialProfile::getNetwork).text("url", SocialProfile::getUrl);

    private static final AuditFields.Items<ConsentRecord> CONSENTS = AuditFields.Items.of(ConsentRecord.class)
            .code("purpose", ConsentPurpose.class, ConsentRecord::getPurpose)
            .code("channel", Channel.class, ConsentRecord::getChannel)
            .flag("granted", "consent.granted", ConsentRecord::isGranted)
            .code("lawfulBasis", LawfulBasis.class, ConsentRecord::getLawfulBasis)
            .text("source", ConsentRecord::getSource)
            .time("recordedAt", ConsentRecord::getRecordedAt);

    /** What the history of a contact shows, in the order of its form. */
    public static final AuditFields<Contact> AUDIT = AuditFields.of(Contact.class).title(Contact::getName)
            .text("firstName", Contact::getFirstName)
            .text("lastName", Contact::getLastName)
            .reference("accountId", "ACCOUNT", Contact::getAccountId)
            .text("jobTitle", Contact::getJobTitle)
            .text("responsibilities", Contact::getResponsibilities)
            .text("taxId", c -> c.getTaxIdValue() == null ? null : c.getTaxIdValue().formatted())
            .code("preferredChannel", Channel.class, Contact::getPreferredChannel)
            .text("preferredContactHours", Contact::getPreferredContactHours)
            .text("language", Contact::getLanguage)
            .text("timeZone", Contact::getTimeZone)
            .code("lifecycleStage", LifecycleStage.class, Contact::getLifecycleStage)
            .ownerAndTeam(Contact::getOwnerId, Contact::getTeamId)
            .items("phones", Contact::getPhones, ContactPointAudit.PHONES)
            .items("emails", Contact::getEmails, ContactPointAudit.EMAILS)
            .items("socialProfiles", Contact::getSocialProfiles, SOCIAL)
            .items("consents", Contact::consentsInForce, CONSENTS)
            .tags("tags", Contact::getTags)
            .text("notes", Contact::getNotes)
            .json("customFields", Contact::getCustomFields)
            .build();

    protected Contact() {
    }

    Contact(RecordAccess.Owner owner) {
        super(owner);
    }

    /** The account this contact belonged to is gone: the contact stays, on its own. */
    void unlinkAccount() {
        this.accountId = null;
    }

    /** The account the contact works for or belongs to is its customer account. */
    @Override
    public UUID customerAccountId() {
        return accountId;
    }

    record Details(String firstName, String lastName, UUID accountId, String jobTitle, String responsibilities,
            TaxId taxId, Channel preferredChannel, String preferredContactHours, String language, String timeZone,
            LifecycleStage lifecycleStage, String notes, String customFields, List<PhoneEntry> phones,
            List<EmailEntry> emails, List<SocialProfile> socialProfiles, Set<String> tags) {
    }

    void apply(Details d) {
        firstName = d.firstName();
        lastName = d.lastName();
        sortName = Names.fold(displayName(d.firstName(), d.lastName()));
        accountId = d.accountId();
        jobTitle = d.jobTitle();
        responsibilities = d.responsibilities();
        taxIdKind = d.taxId() == null ? null : d.taxId().kind();
        taxId = d.taxId() == null ? null : d.taxId().value();
        preferredChannel = d.preferredChannel();
        preferredContactHours = d.preferredContactHours();
        language = d.language();
        timeZone = d.timeZone();
        lifecycleStage = d.lifecycleStage();
        notes = d.notes();
        changeCustomFields(d.customFields());
        phones.clear();
        phones.addAll(d.phones());
        emails.clear();
        emails.addAll(d.emails());
        socialProfiles.clear();
        socialProfiles.addAll(d.socialProfiles());
        tags.clear();
        tags.addAll(d.tags());
    }

    /**
     * Appends a consent decision. A record with its own time is skipped when history already holds it
     * (clients echo the history back on update); a new one when it repeats the decision in force.
     */
    boolean recordConsent(ConsentRecord record, boolean timeGiven) {
        if (timeGiven && consents.stream().anyMatch(c -> c.sameDecision(record.getPurpose(), record.getChannel(),
                record.isGranted(), record.getLawfulBasis(), record.getSource())
                && c.getRecordedAt().equals(record.getRecordedAt()))) {
            return false;
        }
        if (timeGiven) {
            consents.add(record);
            return true;
        }
        Optional<ConsentRecord> current = consentInForce(record.getPurpose(), record.getChannel());
        if (current.isPresent() && current.get().sameDecision(record.getPurpose(), record.getChannel(),
                record.isGranted(), record.getLawfulBasis(), record.getSource())) {
            return false;
        }
        consents.add(record);
        return true;
    }

    /** The latest decision for a purpose over a channel, which every send must respect. */
    public Optional<ConsentRecord> consentInForce(ConsentPurpose purpose, Channel channel) {
        return consents.stream().filter(c -> c.getPurpose() == purpose && c.getChannel() == channel)
                .max(Comparator.comparing(ConsentRecord::getRecordedAt));
    }

    /** All decisions in force, one per purpose and channel. */
    public List<ConsentRecord> consentsInForce() {
        Map<String, ConsentRecord> latest = new LinkedHashMap<>();
        consents.stream().sorted(Comparator.comparing(ConsentRecord::getRecordedAt))
                .forEach(c -> latest.put(c.getPurpose() + "/" + c.getChannel(), c));
        return List.copyOf(latest.values());
    }

    static String displayName(String first, String last) {
        return Stream.of(first, last).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }

    @FullTextField(name = "name", analyzer = "orbita_text", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "firstName")),
            @ObjectPath(@PropertyValue(propertyName = "lastName")) })
    public String getName() {
        return displayName(firstName, lastName);
    }

    /** The list's order by name in the index (ADR 017). */
    @KeywordField(name = NameSortKey.FIELD, sortable = Sortable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "sortName")))
    public String getSortKey() {
        return NameSortKey.of(sortName, getId());
    }

    @KeywordField(name = "taxIdDigits")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "taxId")))
    public String getTaxIdDigits() {
        return taxId == null ? null : taxId.replaceAll("[^0-9]", "");
    }

    @KeywordField(name = "subtitle", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "jobTitle")),
            @ObjectPath(@PropertyValue(propertyName = "emails")) })
    public String getSubtitle() {
        String email = emails.isEmpty() ? null : emails.get(0).getAddress();
        if (jobTitle != null && email != null) {
            return jobTitle + " · " + email;
        }
        return jobTitle != null ? jobTitle : email;
    }

    public TaxId getTaxIdValue() {
        return taxId == null ? null : new TaxId(taxIdKind, taxId);
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getResponsibilities() {
        return responsibilities;
    }

    public Channel getPreferredChannel() {
        return preferredChannel;
    }

    public String getPreferredContactHours() {
        return preferredContactHours;
    }

    public String getLanguage() {
        return language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LifecycleStage getLifecycleStage() {
        return lifecycleStage;
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

    public List<SocialProfile> getSocialProfiles() {
        return socialProfiles;
    }

    public List<ConsentRecord> getConsents() {
        return consents;
    }

    public Set<String> getTags() {
        return tags;
    }
}
