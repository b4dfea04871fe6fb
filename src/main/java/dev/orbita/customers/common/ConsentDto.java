package dev.orbita.customers.common;

import java.time.Instant;

public record ConsentDto(ConsentPurpose purpose, Channel channel, Boolean granted, LawfulBasis lawfulBasis,
        String source, Instant recordedAt) {

    public static ConsentDto of(ConsentRecord c) {
        return new ConsentDto(c.getPurpose(), c.getChannel(), c.isGranted(), c.getLawfulBasis(), c.getSource(),
                c.getRecordedAt());
    }
}
