package dev.orbita.customers.account;

import dev.orbita.customers.common.AccountKind;
import dev.orbita.shared.contact.AddressDto;
import dev.orbita.shared.contact.EmailDto;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.shared.check.RequestChecks;
import dev.orbita.customers.common.ValueTier;
import dev.orbita.shared.TaxId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An account as the API answers it. */
public record AccountResponse(UUID id, String name, String legalName, AccountKind kind, String taxId,
        String taxIdKind, String industry, String website, List<PhoneDto> phones, List<EmailDto> emails,
        List<AddressDto> addresses, LifecycleStage lifecycleStage, ValueTier tier, List<String> tags, UUID parentId,
        UUID ownerId, UUID teamId, String notes, Map<String, Object> customFields, long version, Instant createdAt,
        Instant updatedAt, List<Duplicate> duplicates) {

    /** Another visible record with the same email, phone or tax id: a warning, not an error. */
    public record Duplicate(String type, UUID id, String name, String matchedOn) {
    }

    static AccountResponse of(Account a, List<Duplicate> duplicates) {
        TaxId taxId = a.getTaxIdValue();
        return new AccountResponse(a.getId(), a.getName(), a.getLegalName(), a.getKind(),
                taxId == null ? null : taxId.formatted(), taxId == null ? null : taxId.kind().name(), a.getIndustry(),
                a.getWebsite(), a.getPhones().stream().map(PhoneDto::of).toList(),
                a.getEmails().stream().map(EmailDto::of).toList(),
                a.getAddresses().stream().map(dev.orbita.shared.contact.AddressDto::of).toList(),
                a.getLifecycleStage(), a.getTier(), a.getTags().stream().sorted().toList(), a.getParentId(),
                a.getOwnerId(), a.getTeamId(), a.getNotes(), RequestChecks.readCustomFields(a.getCustomFields()),
                a.getVersion(), a.getCreatedAt(), a.getUpdatedAt(), duplicates.isEmpty() ? null : duplicates);
    }

    /** The same account as a request, the base a merge patch is applied to. */
    AccountRequest toRequest() {
        return new AccountRequest(name, legalName, kind, taxId, industry, website, phones, emails, addresses,
                lifecycleStage, tier, tags, parentId, ownerId, teamId, notes, customFields, version);
    }
}
