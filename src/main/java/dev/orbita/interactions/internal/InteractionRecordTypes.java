package dev.orbita.interactions.internal;

import dev.orbita.platform.NavGroup;
import dev.orbita.platform.RecordType;
import dev.orbita.platform.RecordType.Match;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The interaction record type, declared to the kernel. */
@Configuration(proxyBeanMethods = false)
class InteractionRecordTypes {

    @Bean
    RecordType interactionRecordType() {
        return RecordType.builder(InteractionTypes.INTERACTION).table("interactions").entity(Interaction.class)
                .urls("/interactions", "/api/v1/interactions").label("record.INTERACTION").nav(NavGroup.CUSTOMERS)
                .audited(Interaction.AUDIT).onTimeline()
                .search("name", Match.TEXT).search("body", Match.TEXT)
                .title("t.subject").customerColumn("account_id").recycleBin().build();
    }
}
