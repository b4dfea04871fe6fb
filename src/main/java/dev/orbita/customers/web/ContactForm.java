package dev.orbita.customers.web;

import dev.orbita.web.form.EmailRow;
import dev.orbita.web.form.FormRows;
import dev.orbita.web.form.FormSupport;
import dev.orbita.web.form.LabelledForm;
import dev.orbita.web.form.PhoneRow;
import dev.orbita.customers.common.Channel;
import dev.orbita.customers.common.ConsentDto;
import dev.orbita.shared.contact.EmailDto;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.customers.common.SocialProfileDto;
import dev.orbita.customers.contact.ContactRequest;
import dev.orbita.customers.contact.ContactResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The contact form; property paths equal the field names ContactManagement reports violations on. */
class ContactForm implements LabelledForm {

    private String firstName;
    private String lastName;
    private UUID accountId;
    private String jobTitle;
    private String responsibilities;
    private String taxId;
    private List<EmailRow> emails = new ArrayList<>();
    private List<PhoneRow> phones = new ArrayList<>();
    private Channel preferredChannel;
    private String preferredContactHours;
    private String language;
    private String timeZone;
    private List<SocialRow> socialProfiles = new ArrayList<>();
    private List<ConsentRow> consents = new ArrayList<>();
    private LifecycleStage lifecycleStage = LifecycleStage.LEAD;
    private String tags;
    private String notes;
    private Long version;

    private final Map<String, List<Integer>> indexMaps = new HashMap<>();

    public ContactForm() {
        pad();
    }

    @Override
    public List<String> labelPrefixes() {
        return List.of("contact", "customer");
    }

    static ContactForm of(ContactResponse c) {
        ContactForm f = new ContactForm();
        f.firstName = c.firstName();
        f.lastName = c.lastName();
        f.accountId = c.accountId();
        f.jobTitle = c.jobTitle();
        f.responsibilities = c.responsibilities();
        f.taxId = c.taxId();
        f.emails = new ArrayList<>(c.emails().stream().map(EmailRow::of).toList());
        f.phones = new ArrayList<>(c.phones().stream().map(PhoneRow::of).toList());
        f.preferredChannel = c.preferredChannel();
        f.preferredContactHours = c.preferredContactHours();
        f.language = c.language();
        f.timeZone = c.timeZone();
        f.socialProfiles = new ArrayList<>(c.socialProfiles().stream().map(SocialRow::of).toList());
        f.lifecycleStage = c.lifecycleStage();
        f.tags = FormSupport.tagsText(c.tags());
        f.notes = c.notes();
        f.version = c.version();
        f.pad();
        return f;
    }

    /** The rows as they will render: those at hand plus one blank row of each kind; one consent row. */
    final void pad() {
        emails = FormRows.withBlank(emails, EmailRow::isBlank, EmailRow::new);
        phones = FormRows.withBlank(phones, PhoneRow::isBlank, PhoneRow::new);
        socialProfiles = FormRows.withBlank(socialProfiles, SocialRow::isBlank, SocialRow::new);
        consents = FormSupport.pad(consents, 1, ConsentRow::new);
    }

    ContactRequest toRequest(Map<String, Object> customFields) {
        // the rows sent are the filled ones, in order: the errors on request element k are on form row k
        emails = FormRows.filled(emails, EmailRow::isBlank);
        phones = FormRows.filled(phones, PhoneRow::isBlank);
        socialProfiles = FormRows.filled(socialProfiles, SocialRow::isBlank);
        List<EmailDto> e = emails.stream().map(EmailRow::toDto).toList();
        List<PhoneDto> p = phones.stream().map(PhoneRow::toDto).toList();
        List<SocialProfileDto> s = socialProfiles.stream().map(SocialRow::toDto).toList();
        List<ConsentDto> c = new ArrayList<>();
        List<Integer> ci = new ArrayList<>();
        for (int i = 0; i < consents.size(); i++) {
            if (consents.get(i) != null && consents.get(i).isComplete()) {
                c.add(consents.get(i).toDto());
                ci.add(i);
            }
        }
        indexMaps.put("emails", FormRows.identity(e.size()));
        indexMaps.put("phones", FormRows.identity(p.size()));
        indexMaps.put("socialProfiles", FormRows.identity(s.size()));
        indexMaps.put("consents", ci);
        return new ContactRequest(FormSupport.blankToNull(firstName), FormSupport.blankToNull(lastName), accountId,
                FormSupport.blankToNull(jobTitle), FormSupport.blankToNull(responsibilities),
                FormSupport.blankToNull(taxId), e, p, preferredChannel,
                FormSupport.blankToNull(preferredContactHours), FormSupport.blankToNull(language),
                FormSupport.blankToNull(timeZone), s, c, lifecycleStage, FormSupport.tags(tags), null, null,
                FormSupport.blankToNull(notes), customFields, version);
    }

    Map<String, List<Integer>> indexMaps() {
        return indexMaps;
    }

    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public String getResponsibilities() { return responsibilities; }
    public void setResponsibilities(String responsibilities) { this.responsibilities = responsibilities; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public List<EmailRow> getEmails() { return emails; }
    public void setEmails(List<EmailRow> emails) { this.emails = emails; }
    public List<PhoneRow> getPhones() { return phones; }
    public void setPhones(List<PhoneRow> phones) { this.phones = phones; }
    public Channel getPreferredChannel() { return preferredChannel; }
    public void setPreferredChannel(Channel preferredChannel) { this.preferredChannel = preferredChannel; }
    public String getPreferredContactHours() { return preferredContactHours; }
    public void setPreferredContactHours(String preferredContactHours) { this.preferredContactHours = preferredContactHours; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public List<SocialRow> getSocialProfiles() { return socialProfiles; }
    public void setSocialProfiles(List<SocialRow> socialProfiles) { this.socialProfiles = socialProfiles; }
    public List<ConsentRow> getConsents() { return consents; }
    public void setConsents(List<ConsentRow> consents) { this.consents = consents; }
    public LifecycleStage getLifecycleStage() { return lifecycleStage; }
    public void setLifecycleStage(LifecycleStage lifecycleStage) { this.lifecycleStage = lifecycleStage; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
