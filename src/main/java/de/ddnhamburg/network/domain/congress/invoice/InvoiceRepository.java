package de.ddnhamburg.network.domain.congress.invoice;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    String IN_FORCE = "i.kind = de.ddnhamburg.network.domain.congress.invoice.InvoiceKind.INVOICE"
            + " and i.status in (de.ddnhamburg.network.domain.congress.invoice.PaymentStatus.OPEN,"
            + " de.ddnhamburg.network.domain.congress.invoice.PaymentStatus.PAID)";

    /**
     * The numbering lock (V210): taken by every transaction that issues a document, after the
     * congress lock and the registration's invoices, and held until its commit.
     */
    @Query(value = "select id from congress_invoice_numbering where id = 1 for update", nativeQuery = true)
    Integer lockNumbering();

    /** The last number of the year, 0 before the first; read under the numbering lock. */
    @Query("select coalesce(max(i.numberSeq), 0) from Invoice i where i.numberYear = :year")
    int lastSequence(int year);

    /** The registration's invoices in force (at most one), locked against a payment recorded meanwhile. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.registrationId = :registrationId and " + IN_FORCE + " order by i.id")
    List<Invoice> findInForceForUpdate(long registrationId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invoice i where i.id = :id")
    Optional<Invoice> findByIdForUpdate(long id);

    @Query("select max(i.id) from Invoice i where i.registrationId = :registrationId"
            + " and i.kind = de.ddnhamburg.network.domain.congress.invoice.InvoiceKind.INVOICE")
    @Nullable
    Long latestInvoiceId(long registrationId);

    /** The registration's latest invoice (not credit note), which says how its payment stands. */
    Optional<Invoice> findFirstByRegistrationIdAndKindOrderByIdDesc(long registrationId, InvoiceKind kind);

    List<Invoice> findByCongressIdOrderByNumberYearAscNumberSeqAsc(long congressId, Pageable page);

    long countByCongressId(long congressId);

    List<Invoice> findByCongressIdOrderByNumberYearAscNumberSeqAsc(long congressId);

    List<Invoice> findByNumberYearOrderByNumberSeqAsc(int year);

    /** The gross of the congress's invoices with this status. */
    @Query("select coalesce(sum(i.grossAmount), 0) from Invoice i where i.congressId = :congressId"
            + " and i.kind = de.ddnhamburg.network.domain.congress.invoice.InvoiceKind.INVOICE and i.status = :status")
    BigDecimal sumGross(long congressId, PaymentStatus status);

    /** Per category and status of the invoices in force: {@code [categoryName, status, gross]}. */
    @Query("select i.categoryName, i.status, sum(i.grossAmount) from Invoice i where i.congressId = :congressId and "
            + IN_FORCE + " group by i.categoryName, i.status order by i.categoryName")
    List<Object[]> sumGrossByCategory(long congressId);

    /** Each registration's latest invoice (credit notes aside), which tells how its payment stands. */
    @Query("select i from Invoice i where i.congressId = :congressId"
            + " and i.kind = de.ddnhamburg.network.domain.congress.invoice.InvoiceKind.INVOICE"
            + " and i.id = (select max(j.id) from Invoice j where j.registrationId = i.registrationId"
            + " and j.kind = de.ddnhamburg.network.domain.congress.invoice.InvoiceKind.INVOICE)")
    List<Invoice> findLatestInvoicesOfCongress(long congressId);

    @Query("select distinct i.numberYear from Invoice i where i.congressId = :congressId order by i.numberYear")
    List<Integer> findYearsOfCongress(long congressId);

    List<Invoice> findByMemberIdAndRegistrationIdOrderByIdAsc(long memberId, long registrationId);

    List<Invoice> findByMemberIdOrderByIdAsc(long memberId);

    @Modifying
    @Query("update Invoice i set i.memberId = null where i.memberId = :memberId")
    int forgetMember(long memberId);

    /**
     * Deletes what is past retention: documents of the years up to {@code lastYear}, except an
     * invoice whose credit note is still kept (the pair goes together, with the later one).
     */
    @Modifying
    @Query("delete from Invoice i where i.numberYear <= :lastYear and not exists (select c.id from Invoice c"
            + " where c.refersToId = i.id and c.numberYear > :lastYear)")
    int deleteIssuedUpTo(int lastYear);
}
