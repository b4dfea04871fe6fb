package dev.orbita.interactions.api;

/** How a touchpoint with a customer happened. */
public enum InteractionChannel {
    IN_PERSON, VISIT, PHONE, EMAIL, FAX, LETTER, SMS, WHATSAPP, LIVE_CHAT, SOCIAL, WEB_FORM, PORTAL
}
