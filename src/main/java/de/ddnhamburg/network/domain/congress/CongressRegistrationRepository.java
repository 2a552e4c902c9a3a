package de.ddnhamburg.network.domain.congress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CongressRegistrationRepository
        extends JpaRepository<CongressRegistration, Long>, JpaSpecificationExecutor<CongressRegistration> {

    Optional<CongressRegistration> findByCongressIdAndPersonKey(long congressId, String personKey);

    /** The congress and the person's registration for it, if any, in one query (read before the lock). */
    @Query("select new de.ddnhamburg.network.domain.congress.CongressAndRegistration(c, r)"
            + " from Congress c left join CongressRegistration r on r.congressId = c.id and r.personKey = :personKey"
            + " where c.id = :congressId")
    Optional<CongressAndRegistration> findWithRegistration(long congressId, String personKey);

    Optional<CongressRegistration> findByTicketCode(String ticketCode);

    boolean existsByCategoryId(long categoryId);
    /**
     * Per category and status: guests who have not confirmed their address yet, holding a place
     * ({@code UNCONFIRMED}) or waiting for one, as {@code [categoryId, status, count]}. The public
     * figures leave them out ({@link CongressPublicPlaces}).
     */
    @Query("select r.categoryId, r.status, count(r) from CongressRegistration r where r.congressId = :congressId"
            + " and r.memberId is null and r.holdExpiresAt is not null and r.status in"
            + " (de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.UNCONFIRMED,"
            + " de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.WAITLISTED)"
            + " group by r.categoryId, r.status")
    List<Object[]> countUnconfirmedGuestsByCategory(long congressId);

    /** Per category of the congress: how many wait for it, as {@code [categoryId, count]}. */
    @Query("select r.categoryId, count(r) from CongressRegistration r where r.congressId = :congressId"
            + " and r.status = de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.WAITLISTED"
            + " group by r.categoryId")
    List<Object[]> countWaitingByCategory(long congressId);

    List<CongressRegistration> findByMemberId(long memberId);

    List<CongressRegistration> findByCongressIdAndStatusOrderByRegisteredAtAsc(
            long congressId, CongressRegistrationStatus status);

    /** Unconfirmed registrations whose hold has run out, oldest first. */
    @Query("select r.id from CongressRegistration r"
            + " where r.status = de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.UNCONFIRMED"
            + " and r.holdExpiresAt <= :now order by r.holdExpiresAt")
    List<Long> findExpiredHolds(Instant now, Pageable page);

    @Query("select r.congressId from CongressRegistration r where r.id = :id")
    java.util.Optional<Long> findCongressIdById(long id);

    List<CongressRegistration> findByIdIn(Collection<Long> ids);

    /** Congresses where both hold a confirmed place and the second opted in to the participant list. */
    @Query("select a.congressId from CongressRegistration a, CongressRegistration b"
            + " where a.congressId = b.congressId and a.memberId = :first and b.memberId = :second"
            + " and a.status = de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.CONFIRMED"
            + " and b.status = de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.CONFIRMED"
            + " and b.showInParticipants = true")
    List<Long> findSharedCongressIds(long first, long second);

    /** Opted-in members with a confirmed place where the member has one too, as {@code [memberId, congressId]}. */
    @Query("select b.memberId, b.congressId from CongressRegistration a, CongressRegistration b"
            + " where a.congressId = b.congressId and a.memberId = :memberId and b.memberId <> :memberId"
            + " and a.status = de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.CONFIRMED"
            + " and b.status = de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.CONFIRMED"
            + " and b.showInParticipants = true and b.memberId is not null")
    List<Object[]> findFellowAttendees(long memberId);

    boolean existsByIdAndMemberId(long id, long memberId);

    /** Every registration of the congress as {@code [id, categoryId, status, registeredAt]}, for the dashboard. */
    @Query("select r.id, r.categoryId, r.status, r.registeredAt from CongressRegistration r"
            + " where r.congressId = :congressId")
    List<Object[]> findFactsByCongressId(long congressId);

    /** The member's registrations, in the order of their congresses (the order their locks are taken in). */
    @Query("select r.id from CongressRegistration r where r.memberId = :memberId order by r.congressId, r.id")
    List<Long> findIdsByMemberId(long memberId);

    /** A guest's registrations by their key (the address in lower case), in the order of their congresses. */
    @Query("select r.id from CongressRegistration r where r.memberId is null and r.personKey = :personKey"
            + " order by r.congressId, r.id")
    List<Long> findGuestIdsByPersonKey(String personKey);

    /**
     * The key holds the guest's address; erasing the guest replaces it with one that names nobody
     * (the column is not updatable through the entity, since it identifies the row's person).
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update congress_registration set person_key = :personKey where id = :id", nativeQuery = true)
    int replacePersonKey(long id, String personKey);
    // --- placement (CongressPlacement, under the congress lock) ---

    /** The last place on the category's waiting list, 0 if none; from the end of the index. */
    @Query(
            value =
                    "select coalesce((select r.waiting_position from congress_registration r where r.category_id = :categoryId"
                            + " and r.status = 'WAITLISTED' order by r.waiting_position desc limit 1), 0)",
            nativeQuery = true)
    int lastWaitingPosition(long categoryId);

    Optional<CongressRegistration> findFirstByCategoryIdAndStatusOrderByWaitingPositionAsc(
            long categoryId, CongressRegistrationStatus status);

    /** Closes the gap a registration leaves at {@code position} of its category's waiting list. */
    @Modifying(flushAutomatically = true)
    @Query("update CongressRegistration r set r.waitingPosition = r.waitingPosition - 1, r.version = r.version + 1"
            + " where r.categoryId = :categoryId and r.status = de.ddnhamburg.network.domain.congress.CongressRegistrationStatus.WAITLISTED"
            + " and r.waitingPosition > :position")
    int closeGap(long categoryId, int position);

    /** Erases the dietary and accessibility needs, and the consent to them, of a congress's registrations. */
    @Modifying(flushAutomatically = true)
    @Query("update CongressRegistration r set r.dietaryNeeds = null, r.accessibilityNeeds = null,"
            + " r.healthConsentAt = null, r.version = r.version + 1 where r.congressId = :congressId"
            + " and (r.dietaryNeeds is not null or r.accessibilityNeeds is not null or r.healthConsentAt is not null)")
    int eraseNeeds(long congressId);

    /**
     * A congress's guests who are still named (not erased on request before), as
     * {@code [id, email, personKey]}.
     */
    @Query("select r.id, r.email, r.personKey from CongressRegistration r where r.congressId = :congressId"
            + " and r.personKey like 'g:%' and r.personKey not like 'g:erased-%' order by r.id")
    List<Object[]> findGuestsNamedIn(long congressId);

    /**
     * Erases all those guests at once, as {@link CongressRegistration#erasePerson} and the key's
     * replacement by {@link #replacePersonKey} erase one: name, address, organisation, needs and
     * their consent, the participant list, how they heard of it and the billing address; the
     * address and key become ones that name nobody. Status, category, ticket code and dates stay.
     * CongressDataRetentionTest compares every column with what erasing one guest leaves. (Entities
     * of these rows read before in the transaction would be stale; the retention job reads none.)
     */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update congress_registration set first_name = :erasedName, last_name = :erasedName,"
                    + " organisation = null, email = concat('geloescht-', cast(id as varchar(20)), '@invalid.invalid'),"
                    + " person_key = concat('g:erased-', cast(id as varchar(20))),"
                    + " dietary_needs = null, accessibility_needs = null, health_consent_at = null,"
                    + " show_in_participants = false, heard_from = null, billing_organisation = null,"
                    + " billing_street = null, billing_postcode = null, billing_city = null,"
                    + " version = version + 1, updated_at = :now"
                    + " where congress_id = :congressId and person_key like 'g:%' and person_key not like 'g:erased-%'",
            nativeQuery = true)
    int eraseGuestsNamedIn(long congressId, String erasedName, Instant now);
}
