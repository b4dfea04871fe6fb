package dev.orbita.customers.common;

public record SocialProfileDto(SocialNetwork network, String url) {

    public static SocialProfileDto of(SocialProfile p) {
        return new SocialProfileDto(p.getNetwork(), p.getUrl());
    }
}
