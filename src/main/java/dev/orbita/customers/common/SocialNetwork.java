package dev.orbita.customers.common;

public enum SocialNetwork {
    LINKEDIN, INSTAGRAM, FACEBOOK, X, TIKTOK, YOUTUBE, GITHUB, OTHER
}
