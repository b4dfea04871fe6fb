package dev.orbita.customers.contact;

import dev.orbita.customers.common.Channel;
import dev.orbita.customers.common.ConsentDto;
import dev.orbita.shared.contact.EmailDto;
import dev.orbita.customers.common.LifecycleStage;
import dev.orbita.shared.contact.PhoneDto;
import dev.orbita.customers.common.SocialProfileDto;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A contact as a client writes it. {@code consents} are appended to the contact's consent history
 * when they differ from the decision in force for their purpose and channel; history is never removed.
 */
public record ContactRequest(String firstName, String lastName, UUID accountId, String jobTitle,
        String responsibilities, String taxId, List<EmailDto> emails, List<PhoneDto> phones, Channel preferredChannel,
        String preferredContactHours, String language, String timeZone, List<SocialProfileDto> socialProfiles,
        List<ConsentDto> consents, LifecycleStage lifecycleStage, List<String> tags, UUID ownerId, UUID teamId,
        String notes, Map<String, Object> customFields, Long version) {

    ContactRequest withVersion(Long v) {
        return new ContactRequest(firstName, lastName, accountId, jobTitle, responsibilities, taxId, emails, phones,
                preferredChannel, preferredContactHours, language, timeZone, socialProfiles, consents, lifecycleStage,
                tags, ownerId, teamId, notes, customFields, v);
    }

    ContactRequest withOwnerAndTeam(UUID owner, UUID team) {
        return new ContactRequest(firstName, lastName, accountId, jobTitle, responsibilities, taxId, emails, phones,
                preferredChannel, preferredContactHours, language, timeZone, socialProfiles, consents, lifecycleStage,
                tags, owner, team, notes, customFields, version);
    }

    ContactRequest withTags(List<String> newTags) {
        return new ContactRequest(firstName, lastName, accountId, jobTitle, responsibilities, taxId, emails, phones,
                preferredChannel, preferredContactHours, language, timeZone, socialProfiles, consents, lifecycleStage,
                newTags, ownerId, teamId, notes, customFields, version);
    }

    ContactRequest withStage(LifecycleStage stage) {
        return new ContactRequest(firstName, lastName, accountId, jobTitle, responsibilities, taxId, emails, phones,
                preferredChannel, preferredContactHours, language, timeZone, socialProfiles, consents, stage,
                tags, ownerId, teamId, notes, customFields, version);
    }

    ContactRequest withJobTitle(String title) {
        return new ContactRequest(firstName, lastName, accountId, title, responsibilities, taxId, emails, phones,
                preferredChannel, preferredContactHours, language, timeZone, socialProfiles, consents, lifecycleStage,
                tags, ownerId, teamId, notes, customFields, version);
    }
}
