package dev.orbita.interactions.internal;

import dev.orbita.platform.TimelineEntryRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns another module's {@link TimelineEntryRequested} into an interaction, after its transaction committed. */
@Component
class TimelineEntryListener {

    private final InteractionManagement interactions;

    TimelineEntryListener(InteractionManagement interactions) {
        this.interactions = interactions;
    }

    @ApplicationModuleListener
    void on(TimelineEntryRequested event) {
        interactions.logRequested(event);
    }
}
