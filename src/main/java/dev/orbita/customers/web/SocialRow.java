package dev.orbita.customers.web;

import dev.orbita.customers.common.SocialNetwork;
import dev.orbita.customers.common.SocialProfileDto;

/** One social profile row of the contact form. */
class SocialRow {
    private SocialNetwork network;
    private String url;

    public SocialRow() {
    }

    static SocialRow of(SocialProfileDto dto) {
        SocialRow row = new SocialRow();
        row.network = dto.network();
        row.url = dto.url();
        return row;
    }

    boolean isBlank() {
        return url == null || url.isBlank();
    }

    SocialProfileDto toDto() {
        return new SocialProfileDto(network == null ? SocialNetwork.OTHER : network, url.strip());
    }

    public SocialNetwork getNetwork() { return network; }
    public void setNetwork(SocialNetwork network) { this.network = network; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
