package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One edition of the Fachkongress. The counter of places held ({@code taken}) is mapped read-only:
 * only the seat allocation writes it, under the lock of this row, and a CHECK keeps it within the
 * capacity.
 */
@Entity
@Table(name = "congress")
class Congress extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(length = 300)
    private @Nullable String subtitle;

    @Column(nullable = false, length = 10000)
    private String description = "";

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay = LocalDate.EPOCH;

    @Column(name = "day_count", nullable = false)
    private int dayCount = 1;

    @Column(name = "venue_name", nullable = false, length = 200)
    private String venueName = "";

    @Column(name = "venue_address", nullable = false, length = 500)
    private String venueAddress = "";

    @Column(name = "registration_opens_at", nullable = false)
    private Instant registrationOpensAt = Instant.EPOCH;

    @Column(name = "registration_closes_at", nullable = false)
    private Instant registrationClosesAt = Instant.EPOCH;

    @Column(name = "cancellation_deadline", nullable = false)
    private Instant cancellationDeadline = Instant.EPOCH;

    @Column(nullable = false)
    private int capacity = 1;

    @Column(insertable = false, updatable = false)
    private int taken;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName = "";

    @Column(name = "contact_email", nullable = false, length = 320)
    private String contactEmail = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CongressStatus status = CongressStatus.DRAFT;

    @Column(name = "copied_from_id")
    private @Nullable Long copiedFromId;

    @Column(name = "personal_data_erased_at")
    private @Nullable Instant personalDataErasedAt;

    protected Congress() {}

    Congress(String title, LocalDate firstDay, int dayCount, int capacity) {
        this.title = title;
        this.firstDay = firstDay;
        this.dayCount = dayCount;
        this.capacity = capacity;
    }

    long id() {
        return Objects.requireNonNull(getId(), "congress not saved yet");
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    @Nullable
    String getSubtitle() {
        return subtitle;
    }

    void setSubtitle(@Nullable String subtitle) {
        this.subtitle = subtitle;
    }

    String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    LocalDate getFirstDay() {
        return firstDay;
    }

    void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    int getDayCount() {
        return dayCount;
    }

    void setDayCount(int dayCount) {
        this.dayCount = dayCount;
    }

    /** The last day of the congress. */
    LocalDate lastDay() {
        return firstDay.plusDays(dayCount - 1L);
    }

    /** When the needs and the guests' personal data were erased ({@link CongressDataRetention}). */
    @Nullable
    Instant getPersonalDataErasedAt() {
        return personalDataErasedAt;
    }

    void setPersonalDataErasedAt(Instant erasedAt) {
        this.personalDataErasedAt = erasedAt;
    }

    String getVenueName() {
        return venueName;
    }

    void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    String getVenueAddress() {
        return venueAddress;
    }

    void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    void setRegistrationWindow(Instant opensAt, Instant closesAt) {
        this.registrationOpensAt = opensAt;
        this.registrationClosesAt = closesAt;
    }

    /** Whether registering is possible at that moment: published and within the window. */
    boolean registrationOpenAt(Instant now) {
        return status == CongressStatus.PUBLISHED
                && !now.isBefore(registrationOpensAt)
                && now.isBefore(registrationClosesAt);
    }

    Instant getCancellationDeadline() {
        return cancellationDeadline;
    }

    void setCancellationDeadline(Instant cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    int getCapacity() {
        return capacity;
    }

    void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    /** Places held (confirmed, unconfirmed or awaiting approval), as read with the row. */
    int getTaken() {
        return taken;
    }

    /** Called by the seat allocation after it wrote the counter, so the entity stays in step. */
    void takenStored(int newTaken) {
        this.taken = newTaken;
    }

    String getContactName() {
        return contactName;
    }

    String getContactEmail() {
        return contactEmail;
    }

    void setContact(String name, String email) {
        this.contactName = name;
        this.contactEmail = email;
    }

    CongressStatus getStatus() {
        return status;
    }

    void setStatus(CongressStatus status) {
        this.status = status;
    }

    @Nullable
    Long getCopiedFromId() {
        return copiedFromId;
    }

    void setCopiedFromId(@Nullable Long copiedFromId) {
        this.copiedFromId = copiedFromId;
    }
}
