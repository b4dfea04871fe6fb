package dev.orbita.interactions.internal;

import static dev.orbita.interactions.internal.InteractionTypes.ACCOUNT;
import static dev.orbita.interactions.internal.InteractionTypes.CONTACT;

import dev.orbita.platform.ui.RecordPanel;
import dev.orbita.platform.ui.RecordTab;
import dev.orbita.platform.ui.UiContributions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where interactions appear in the shell: the timeline as a Customer 360 panel and as a tab of the account and
 * contact record pages (answered by {@link TimelinePagesController}). The Interactions list gets its navigation
 * entry from the kernel (the record type's nav group).
 */
@Configuration(proxyBeanMethods = false)
class InteractionUi {

    @Bean
    UiContributions interactionsUi() {
        return UiContributions.builder()
                .panel(new RecordPanel(ACCOUNT, "timeline", "interaction.timeline", 5,
                        "/interactions/timeline/ACCOUNT/{id}"))
                .panel(new RecordPanel(CONTACT, "timeline", "interaction.timeline", 5,
                        "/interactions/timeline/CONTACT/{id}"))
                .tab(new RecordTab(ACCOUNT, "timeline", "interaction.timeline", 30,
                        "/interactions/timeline/ACCOUNT/{id}"))
                .tab(new RecordTab(CONTACT, "timeline", "interaction.timeline", 30,
                        "/interactions/timeline/CONTACT/{id}"))
                .build();
    }
}
