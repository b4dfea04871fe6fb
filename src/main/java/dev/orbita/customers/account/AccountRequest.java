package dev.orbita.customers.account;

import dev.orbita.customers.common.AccountKind;
import dev.orbita.shared.contact.AddressDto;
import dev.orbita.shared.contact.EmailDto;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.customers.common.ValueTier;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An account as a client writes it (POST, PUT, or the result of a merge patch). */
public record AccountRequest(String name, String legalName, AccountKind kind, String taxId, String industry,
        String website, List<PhoneDto> phones, List<EmailDto> emails, List<AddressDto> addresses,
        LifecycleStage lifecycleStage, ValueTier tier, List<String> tags, UUID parentId, UUID ownerId, UUID teamId,
        String notes, Map<String, Object> customFields, Long version) {

    AccountRequest withVersion(Long v) {
        return new AccountRequest(name, legalName, kind, taxId, industry, website, phones, emails, addresses,
                lifecycleStage, tier, tags, parentId, ownerId, teamId, notes, customFields, v);
    }

    AccountRequest withOwnerAndTeam(UUID owner, UUID team) {
        return new AccountRequest(name, legalName, kind, taxId, industry, website, phones, emails, addresses,
                lifecycleStage, tier, tags, parentId, owner, team, notes, customFields, version);
    }

    AccountRequest withTags(List<String> newTags) {
        return new AccountRequest(name, legalName, kind, taxId, industry, website, phones, emails, addresses,
                lifecycleStage, tier, newTags, parentId, ownerId, teamId, notes, customFields, version);
    }

    AccountRequest withStage(LifecycleStage stage) {
        return new AccountRequest(name, legalName, kind, taxId, industry, website, phones, emails, addresses,
                stage, tier, tags, parentId, ownerId, teamId, notes, customFields, version);
    }

    AccountRequest withName(String newName) {
        return new AccountRequest(newName, legalName, kind, taxId, industry, website, phones, emails, addresses,
                lifecycleStage, tier, tags, parentId, ownerId, teamId, notes, customFields, version);
    }

    AccountRequest withTier(ValueTier newTier) {
        return new AccountRequest(name, legalName, kind, taxId, industry, website, phones, emails, addresses,
                lifecycleStage, newTier, tags, parentId, ownerId, teamId, notes, customFields, version);
    }
}
