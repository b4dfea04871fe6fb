package dev.orbita.interactions.internal;

/** The record type codes the interactions module uses. */
final class InteractionTypes {

    static final String INTERACTION = "INTERACTION";
    static final String CONTACT = "CONTACT";
    static final String ACCOUNT = "ACCOUNT";

    private InteractionTypes() {
    }
}
