package de.ddnhamburg.network.domain.congress;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The reads of {@link CongressRoster}: a congress's registrations and their session choices, whole,
 * for printing and exporting (a congress has a few hundred), and a short search for one person.
 */
interface CongressRosterRepository extends Repository<CongressRegistration, Long> {

    List<CongressRegistration> findByCongressId(long congressId);

    java.util.Optional<CongressRegistration> findById(long id);

    @Query("select c from CongressSessionChoice c where c.registrationId in"
            + " (select r.id from CongressRegistration r where r.congressId = :congressId)")
    List<CongressSessionChoice> findChoicesOfCongress(long congressId);

    @Query("select c from CongressSessionChoice c where c.registrationId = :registrationId")
    List<CongressSessionChoice> findChoicesOfRegistration(long registrationId);

    /**
     * Registrations of the congress whose name, organisation or ticket code contains the text
     * ({@code pattern} is lower case, with {@code %} and {@code _} escaped by {@code \}).
     */
    @Query("select r from CongressRegistration r where r.congressId = :congressId and ("
            + " lower(concat(concat(r.firstName, ' '), r.lastName)) like :pattern escape '\\'"
            + " or lower(r.lastName) like :pattern escape '\\'"
            + " or lower(coalesce(r.organisation, '')) like :pattern escape '\\'"
            + " or lower(r.ticketCode) like :pattern escape '\\')"
            + " order by r.lastName, r.firstName, r.id")
    List<CongressRegistration> search(long congressId, String pattern, Pageable page);
}
