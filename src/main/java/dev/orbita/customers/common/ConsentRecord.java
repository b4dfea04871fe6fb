package dev.orbita.customers.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/**
 * One consent decision: for a purpose over a channel, granted or withdrawn, on a lawful basis,
 * from a source, at a time. Records are only ever appended; the latest per purpose and channel
 * is the one in force.
 */
@Embeddable
public class ConsentRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    private boolean granted;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", nullable = false)
    private LawfulBasis lawfulBasis;

    @Column(nullable = false)
    private String source;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private UUID recordedBy;

    protected ConsentRecord() {
    }

    public ConsentRecord(ConsentPurpose purpose, Channel channel, boolean granted, LawfulBasis lawfulBasis,
            String source, Instant recordedAt, UUID recordedBy) {
        this.purpose = purpose;
        this.channel = channel;
        this.granted = granted;
        this.lawfulBasis = lawfulBasis;
        this.source = source;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public boolean sameDecision(ConsentPurpose purpose, Channel channel, boolean granted, LawfulBasis basis,
            String source) {
        return this.purpose == purpose && this.channel == channel && this.granted == granted
                && this.lawfulBasis == basis && this.source.equals(source);
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isGranted() {
        return granted;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public String getSource() {
        return source;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }

    @Override
    public String toString() {
        return purpose + "/" + channel + " " + (granted ? "granted" : "withdrawn") + " (" + lawfulBasis + ", " + source
                + ", " + recordedAt + ")";
    }
}
