package dev.orbita.customers.web;

import dev.orbita.customers.common.Channel;
import dev.orbita.customers.common.ConsentDto;
import dev.orbita.customers.common.ConsentPurpose;
import dev.orbita.customers.common.LawfulBasis;

/** The "new consent" row of the contact form: sent only when purpose, channel, lawful basis and source are filled. */
class ConsentRow {
    private ConsentPurpose purpose;
    private Channel channel;
    private boolean granted;
    private LawfulBasis lawfulBasis;
    private String source;

    public ConsentRow() {
    }

    boolean isComplete() {
        return purpose != null && channel != null && lawfulBasis != null && source != null && !source.isBlank();
    }

    ConsentDto toDto() {
        return new ConsentDto(purpose, channel, granted, lawfulBasis, source.strip(), null);
    }

    public ConsentPurpose getPurpose() { return purpose; }
    public void setPurpose(ConsentPurpose purpose) { this.purpose = purpose; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public boolean isGranted() { return granted; }
    public void setGranted(boolean granted) { this.granted = granted; }
    public LawfulBasis getLawfulBasis() { return lawfulBasis; }
    public void setLawfulBasis(LawfulBasis lawfulBasis) { this.lawfulBasis = lawfulBasis; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
