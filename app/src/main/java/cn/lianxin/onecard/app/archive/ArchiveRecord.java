package cn.lianxin.onecard.app.archive;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every master-data record has: an active flag (records are deactivated, never deleted,
 * because money and history refer to them) and when it was created and last changed.
 */
@MappedSuperclass
public abstract class ArchiveRecord {

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void markCreated(Instant now) {
        createdAt = now;
        updatedAt = now;
    }

    void markUpdated(Instant now) {
        updatedAt = now;
    }

    void markDeactivated(Instant now) {
        active = false;
        updatedAt = now;
    }
}
