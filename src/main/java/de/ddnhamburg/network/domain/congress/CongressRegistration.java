package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One person's registration for a congress, a member's or a guest's; one row per person and
 * congress whatever its state ({@code person_key}), so that submitting twice never makes two. The
 * status and waiting position change only through the seat allocation, under the congress lock.
 */
@Entity
@Table(name = "congress_registration")
class CongressRegistration extends AbstractEntity {

    @Column(name = "congress_id", nullable = false, updatable = false)
    private long congressId;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "person_key", nullable = false, updatable = false, length = 330)
    private String personKey = "";

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName = "";

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName = "";

    @Column(nullable = false, length = 320)
    private String email = "";

    @Column(length = 200)
    private @Nullable String organisation;

    @Column(nullable = false, length = 5)
    private String language = "de";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CongressRegistrationStatus status = CongressRegistrationStatus.CANCELLED;

    @Column(name = "waiting_position")
    private @Nullable Integer waitingPosition;

    @Column(name = "hold_expires_at")
    private @Nullable Instant holdExpiresAt;

    @Column(name = "ticket_code", nullable = false, updatable = false, length = 40)
    private String ticketCode = "";

    @Column(name = "dietary_needs", length = 500)
    private @Nullable String dietaryNeeds;

    @Column(name = "accessibility_needs", length = 500)
    private @Nullable String accessibilityNeeds;

    @Column(name = "health_consent_at")
    private @Nullable Instant healthConsentAt;

    @Column(name = "show_in_participants", nullable = false)
    private boolean showInParticipants;

    @Enumerated(EnumType.STRING)
    @Column(name = "heard_from", length = 30)
    private @Nullable HeardFrom heardFrom;

    @Column(name = "billing_organisation", length = 200)
    private @Nullable String billingOrganisation;

    @Column(name = "billing_street", length = 200)
    private @Nullable String billingStreet;

    @Column(name = "billing_postcode", length = 10)
    private @Nullable String billingPostcode;

    @Column(name = "billing_city", length = 100)
    private @Nullable String billingCity;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt = Instant.EPOCH;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    protected CongressRegistration() {}

    private CongressRegistration(
            long congressId,
            long categoryId,
            @Nullable Long memberId,
            String personKey,
            String email,
            String ticketCode) {
        this.congressId = congressId;
        this.categoryId = categoryId;
        this.memberId = memberId;
        this.personKey = personKey;
        this.email = email;
        this.ticketCode = ticketCode;
    }

    /** A member's registration; the member's id is the person key. */
    static CongressRegistration forMember(
            long congressId, long categoryId, long memberId, String email, String ticketCode) {
        return new CongressRegistration(congressId, categoryId, memberId, "m:" + memberId, email, ticketCode);
    }

    /** A guest's registration; the address, in lower case, is the person key. */
    static CongressRegistration forGuest(long congressId, long categoryId, String email, String ticketCode) {
        return new CongressRegistration(congressId, categoryId, null, guestKey(email), email, ticketCode);
    }

    static String guestKey(String email) {
        return "g:" + email.toLowerCase(Locale.ROOT);
    }

    long id() {
        return Objects.requireNonNull(getId(), "registration not saved yet");
    }

    long getCongressId() {
        return congressId;
    }

    long getCategoryId() {
        return categoryId;
    }

    void setCategoryId(long categoryId) {
        this.categoryId = categoryId;
    }

    @Nullable
    Long getMemberId() {
        return memberId;
    }

    boolean isGuest() {
        return personKey.startsWith("g:");
    }

    String getPersonKey() {
        return personKey;
    }

    String getFirstName() {
        return firstName;
    }

    String getLastName() {
        return lastName;
    }

    String getEmail() {
        return email;
    }

    @Nullable
    String getOrganisation() {
        return organisation;
    }

    void setPerson(String firstName, String lastName, @Nullable String organisation) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.organisation = organisation;
    }

    String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    CongressRegistrationStatus getStatus() {
        return status;
    }

    @Nullable
    Integer getWaitingPosition() {
        return waitingPosition;
    }

    @Nullable
    Instant getHoldExpiresAt() {
        return holdExpiresAt;
    }

    /**
     * Sets the state; only the seat allocation calls this, under the congress lock. An unconfirmed
     * guest's hold is kept while waiting too (the address must be confirmed in time either way).
     */
    void place(CongressRegistrationStatus newStatus, @Nullable Integer position, @Nullable Instant holdUntil) {
        this.status = newStatus;
        this.waitingPosition = position;
        this.holdExpiresAt = newStatus == CongressRegistrationStatus.UNCONFIRMED
                        || newStatus == CongressRegistrationStatus.WAITLISTED
                ? holdUntil
                : null;
    }

    void moveUp(int newPosition) {
        this.waitingPosition = newPosition;
    }

    String getTicketCode() {
        return ticketCode;
    }

    @Nullable
    String getDietaryNeeds() {
        return dietaryNeeds;
    }

    @Nullable
    String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    @Nullable
    Instant getHealthConsentAt() {
        return healthConsentAt;
    }

    /**
     * Dietary and accessibility needs can be health data: they are kept only with the explicit
     * consent given at that moment, and erased with it.
     */
    void setNeeds(@Nullable String dietary, @Nullable String accessibility, @Nullable Instant consentAt) {
        boolean any = dietary != null || accessibility != null;
        this.dietaryNeeds = any && consentAt != null ? dietary : null;
        this.accessibilityNeeds = any && consentAt != null ? accessibility : null;
        this.healthConsentAt = any ? consentAt : null;
    }

    boolean isShowInParticipants() {
        return showInParticipants;
    }

    void setShowInParticipants(boolean showInParticipants) {
        this.showInParticipants = showInParticipants;
    }

    @Nullable
    HeardFrom getHeardFrom() {
        return heardFrom;
    }

    void setHeardFrom(@Nullable HeardFrom heardFrom) {
        this.heardFrom = heardFrom;
    }

    @Nullable
    String getBillingOrganisation() {
        return billingOrganisation;
    }

    @Nullable
    String getBillingStreet() {
        return billingStreet;
    }

    @Nullable
    String getBillingPostcode() {
        return billingPostcode;
    }

    @Nullable
    String getBillingCity() {
        return billingCity;
    }

    void setBillingAddress(
            @Nullable String organisation, @Nullable String street, @Nullable String postcode, @Nullable String city) {
        this.billingOrganisation = organisation;
        this.billingStreet = street;
        this.billingPostcode = postcode;
        this.billingCity = city;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    void setRegisteredAt(Instant registeredAt) {
        this.registeredAt = registeredAt;
    }

    @Nullable
    Instant getConfirmedAt() {
        return confirmedAt;
    }

    void setConfirmedAt(@Nullable Instant confirmedAt) {
        this.confirmedAt = confirmedAt;
    }

    @Nullable
    Instant getCancelledAt() {
        return cancelledAt;
    }

    void setCancelledAt(@Nullable Instant cancelledAt) {
        this.cancelledAt = cancelledAt;
    }

    /**
     * The member's account was deleted: the registration keeps its row (the counts and the ticket
     * code stay consistent) but no longer says whose it was, nor any answer about the person. The
     * retention job erases a congress's guests in one statement that must leave the same
     * ({@link CongressRegistrationRepository#eraseGuestsNamedIn}).
     */
    void erasePerson(String erasedName) {
        this.firstName = erasedName;
        this.lastName = erasedName;
        this.organisation = null;
        this.email = "geloescht-" + id() + "@invalid.invalid";
        setNeeds(null, null, null);
        this.showInParticipants = false;
        this.heardFrom = null;
        setBillingAddress(null, null, null, null);
    }
}
