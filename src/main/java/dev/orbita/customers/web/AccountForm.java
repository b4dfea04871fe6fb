package dev.orbita.customers.web;

import dev.orbita.web.form.AddressRow;
import dev.orbita.web.form.EmailRow;
import dev.orbita.web.form.FormRows;
import dev.orbita.web.form.FormSupport;
import dev.orbita.web.form.LabelledForm;
import dev.orbita.web.form.PhoneRow;
import dev.orbita.customers.account.AccountRequest;
import dev.orbita.customers.account.AccountResponse;
import dev.orbita.customers.common.AccountKind;
import dev.orbita.shared.contact.AddressDto;
import dev.orbita.shared.contact.EmailDto;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.customers.common.ValueTier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The account form; property paths equal the field names AccountManagement reports violations on. */
class AccountForm implements LabelledForm {

    private String name;
    private String legalName;
    private AccountKind kind = AccountKind.COMPANY;
    private String taxId;
    private String industry;
    private String website;
    private List<PhoneRow> phones = new ArrayList<>();
    private List<EmailRow> emails = new ArrayList<>();
    private List<AddressRow> addresses = new ArrayList<>();
    private LifecycleStage lifecycleStage = LifecycleStage.PROSPECT;
    private ValueTier tier;
    private String tags;
    private String notes;
    private UUID parentId;
    private Long version;

    /** Rows sent in the last request: list name → form row index of each request element. */
    private final Map<String, List<Integer>> indexMaps = new java.util.HashMap<>();

    public AccountForm() {
        pad();
    }

    @Override
    public List<String> labelPrefixes() {
        return List.of("account", "customer");
    }

    static AccountForm of(AccountResponse a) {
        AccountForm f = new AccountForm();
        f.name = a.name();
        f.legalName = a.legalName();
        f.kind = a.kind();
        f.taxId = a.taxId();
        f.industry = a.industry();
        f.website = a.website();
        f.phones = new ArrayList<>(a.phones().stream().map(PhoneRow::of).toList());
        f.emails = new ArrayList<>(a.emails().stream().map(EmailRow::of).toList());
        f.addresses = new ArrayList<>(a.addresses().stream().map(AddressRow::of).toList());
        f.lifecycleStage = a.lifecycleStage();
        f.tier = a.tier();
        f.tags = FormSupport.tagsText(a.tags());
        f.notes = a.notes();
        f.parentId = a.parentId();
        f.version = a.version();
        f.pad();
        return f;
    }

    /** The rows as they will render: those at hand plus one blank row of each kind. */
    final void pad() {
        phones = FormRows.withBlank(phones, PhoneRow::isBlank, PhoneRow::new);
        emails = FormRows.withBlank(emails, EmailRow::isBlank, EmailRow::new);
        addresses = FormRows.withBlank(addresses, AddressRow::isBlank, AddressRow::new);
    }

    /** @param customFields kept as stored: the form does not edit them */
    AccountRequest toRequest(Map<String, Object> customFields) {
        // the rows sent are the filled ones, in order: the errors on request element k are on form row k
        phones = FormRows.filled(phones, PhoneRow::isBlank);
        emails = FormRows.filled(emails, EmailRow::isBlank);
        addresses = FormRows.filled(addresses, AddressRow::isBlank);
        List<PhoneDto> p = phones.stream().map(PhoneRow::toDto).toList();
        List<EmailDto> e = emails.stream().map(EmailRow::toDto).toList();
        List<AddressDto> a = addresses.stream().map(AddressRow::toDto).toList();
        indexMaps.put("phones", FormRows.identity(p.size()));
        indexMaps.put("emails", FormRows.identity(e.size()));
        indexMaps.put("addresses", FormRows.identity(a.size()));
        return new AccountRequest(FormSupport.blankToNull(name), FormSupport.blankToNull(legalName), kind,
                FormSupport.blankToNull(taxId), FormSupport.blankToNull(industry), FormSupport.blankToNull(website),
                p, e, a, lifecycleStage, tier, FormSupport.tags(tags), parentId, null, null,
                FormSupport.blankToNull(notes), customFields, version);
    }

    Map<String, List<Integer>> indexMaps() {
        return indexMaps;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public AccountKind getKind() { return kind; }
    public void setKind(AccountKind kind) { this.kind = kind; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public List<PhoneRow> getPhones() { return phones; }
    public void setPhones(List<PhoneRow> phones) { this.phones = phones; }
    public List<EmailRow> getEmails() { return emails; }
    public void setEmails(List<EmailRow> emails) { this.emails = emails; }
    public List<AddressRow> getAddresses() { return addresses; }
    public void setAddresses(List<AddressRow> addresses) { this.addresses = addresses; }
    public LifecycleStage getLifecycleStage() { return lifecycleStage; }
    public void setLifecycleStage(LifecycleStage lifecycleStage) { this.lifecycleStage = lifecycleStage; }
    public ValueTier getTier() { return tier; }
    public void setTier(ValueTier tier) { this.tier = tier; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public UUID getParentId() { return parentId; }
    public void setParentId(UUID parentId) { this.parentId = parentId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
