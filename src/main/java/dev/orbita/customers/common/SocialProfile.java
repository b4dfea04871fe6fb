package dev.orbita.customers.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class SocialProfile {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SocialNetwork network;

    @Column(nullable = false)
    private String url;

    protected SocialProfile() {
    }

    public SocialProfile(SocialNetwork network, String url) {
        this.network = network;
        this.url = url;
    }

    public SocialNetwork getNetwork() {
        return network;
    }

    public String getUrl() {
        return url;
    }

    @Override
    public String toString() {
        return network + " " + url;
    }
}
