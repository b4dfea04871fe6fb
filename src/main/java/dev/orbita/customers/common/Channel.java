package dev.orbita.customers.common;

public enum Channel {
    EMAIL, PHONE, SMS, WHATSAPP, IN_PERSON, POST, SOCIAL, LIVE_CHAT
}
