package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    Optional<Member> findByEmail(String email);

    boolean existsByEmail(String email);

    /** The database removes their roles, topics, consents and links with them (on delete cascade). */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = "delete from member where status = 'PENDING_EMAIL' and created_at < :before", nativeQuery = true)
    int deleteUnconfirmedBefore(java.time.Instant before);

    @Query("select m.sessionEpoch from Member m where m.id = :id and m.status = :status")
    Optional<Integer> sessionEpochOf(long id, MemberStatus status);

    long countByStatus(MemberStatus status);

    @Query("select m from Member m join m.roles r where r = :role and m.status = :status")
    List<Member> findByRoleAndStatus(@Param("role") String role, @Param("status") MemberStatus status);

    /** Ids only, in id order: for features that address every member of a status (announcements). */
    @Query("select m.id from Member m where m.status = :status order by m.id")
    List<Long> findIdsByStatus(MemberStatus status);

    @Query("select m.id from Member m where m.id in :ids and m.status = :status")
    List<Long> findIdsByIdInAndStatus(java.util.Collection<Long> ids, MemberStatus status);
}
