package testfixtures.search;

import dev.orbita.platform.OwnedRecord;
import dev.orbita.platform.RecordAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A minimal owned record for testing the search's visibility filter outside the application; kept
 * out of {@code dev.orbita} so that the application's entity scan never sees it.
 */
@Entity
@Table(name = "scoped_notes")
@Indexed
public class ScopedNote extends OwnedRecord {

    @KeywordField
    private String label;

    @Column(name = "customer_id")
    private UUID customerId;

    protected ScopedNote() {
    }

    public ScopedNote(String label, UUID ownerId, UUID teamId, UUID customerId) {
        super(new RecordAccess.Owner(ownerId, teamId));
        this.label = label;
        this.customerId = customerId;
    }

    @Override
    public UUID customerAccountId() {
        return customerId;
    }

    public String getLabel() {
        return label;
    }
}
