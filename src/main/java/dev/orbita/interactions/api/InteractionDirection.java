package dev.orbita.interactions.api;

/** Whether the customer reached us or we reached the customer. */
public enum InteractionDirection {
    INBOUND, OUTBOUND
}
