package dev.orbita.customers.contact;

import dev.orbita.customers.common.Channel;
import dev.orbita.customers.common.ConsentDto;
import dev.orbita.shared.contact.EmailDto;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.shared.check.RequestChecks;
import dev.orbita.customers.common.SocialProfileDto;
import dev.orbita.shared.TaxId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A contact as the API answers it; {@code consents} is the full history, {@code consentsInForce} the latest per purpose and channel. */
public record ContactResponse(UUID id, String firstName, String lastName, String name, UUID accountId,
        String accountName, String jobTitle, String responsibilities, String taxId, List<EmailDto> emails,
        List<PhoneDto> phones, Channel preferredChannel, String preferredContactHours, String language,
        String timeZone, List<SocialProfileDto> socialProfiles, List<ConsentDto> consents,
        List<ConsentDto> consentsInForce, LifecycleStage lifecycleStage, List<String> tags, UUID ownerId, UUID teamId,
        String notes, Map<String, Object> customFields, long version, Instant createdAt, Instant updatedAt,
        List<Duplicate> duplicates) {

    public record Duplicate(String type, UUID id, String name, String matchedOn) {
    }

    static ContactResponse of(Contact c, String accountName, List<Duplicate> duplicates) {
        TaxId taxId = c.getTaxIdValue();
        return new ContactResponse(c.getId(), c.getFirstName(), c.getLastName(), c.getName(), c.getAccountId(),
                accountName, c.getJobTitle(), c.getResponsibilities(), taxId == null ? null : taxId.formatted(),
                c.getEmails().stream().map(EmailDto::of).toList(), c.getPhones().stream().map(PhoneDto::of).toList(),
                c.getPreferredChannel(), c.getPreferredContactHours(), c.getLanguage(), c.getTimeZone(),
                c.getSocialProfiles().stream().map(SocialProfileDto::of).toList(),
                c.getConsents().stream().map(ConsentDto::of).toList(),
                c.consentsInForce().stream().map(ConsentDto::of).toList(), c.getLifecycleStage(),
                c.getTags().stream().sorted().toList(), c.getOwnerId(), c.getTeamId(), c.getNotes(),
                RequestChecks.readCustomFields(c.getCustomFields()), c.getVersion(), c.getCreatedAt(),
                c.getUpdatedAt(), duplicates.isEmpty() ? null : duplicates);
    }

    ContactRequest toRequest() {
        return new ContactRequest(firstName, lastName, accountId, jobTitle, responsibilities, taxId, emails, phones,
                preferredChannel, preferredContactHours, language, timeZone, socialProfiles, consents, lifecycleStage,
                tags, ownerId, teamId, notes, customFields, version);
    }
}
