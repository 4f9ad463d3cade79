package app.attendance.api.device;

import app.attendance.api.room.Room;
import app.attendance.api.schoolclass.SchoolClass;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registered camera, bound to a room or a class, authenticated by a key stored as a hash. */
@Entity
@Table(name = "devices")
public class Device {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @Column(name = "key_prefix", nullable = false, unique = true)
    private String keyPrefix;

    @Column(name = "key_hash", nullable = false)
    private String keyHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Device() {
    }

    public Device(String name, Room room, SchoolClass schoolClass, String keyPrefix, String keyHash) {
        this.name = name;
        this.room = room;
        this.schoolClass = schoolClass;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
    }

    /** Replaces name, binding and enabled flag. */
    public void update(String name, Room room, SchoolClass schoolClass, boolean enabled) {
        this.name = name;
        this.room = room;
        this.schoolClass = schoolClass;
        this.enabled = enabled;
    }

    /** Replaces the key (the old one stops working at once). */
    public void rotateKey(String keyPrefix, String keyHash) {
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
    }

    public void seen(Instant now) {
        this.lastSeenAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Room getRoom() {
        return room;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
