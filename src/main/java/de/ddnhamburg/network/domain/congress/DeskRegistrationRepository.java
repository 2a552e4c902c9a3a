package de.ddnhamburg.network.domain.congress;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The check-in desk's reads of registrations (see {@link DeskLookup}); a repository of its own, read only. */
interface DeskRegistrationRepository extends Repository<CongressRegistration, Long> {

    Optional<CongressRegistration> findById(long id);

    Optional<CongressRegistration> findByTicketCode(String ticketCode);

    long countByCongressIdAndStatus(long congressId, CongressRegistrationStatus status);

    /** Name ("first last" or "last first") or organisation containing the pattern, in lower case. */
    @Query("select r from CongressRegistration r where r.congressId = :congressId and ("
            + " lower(concat(concat(r.firstName, ' '), r.lastName)) like :pattern escape '\\'"
            + " or lower(concat(concat(r.lastName, ' '), r.firstName)) like :pattern escape '\\'"
            + " or lower(r.organisation) like :pattern escape '\\')"
            + " order by lower(r.lastName), lower(r.firstName), r.id")
    List<CongressRegistration> search(long congressId, String pattern, Pageable page);
}
