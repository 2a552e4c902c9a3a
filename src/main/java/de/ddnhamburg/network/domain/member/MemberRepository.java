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

    long countByStatus(MemberStatus status);

    @Query("select m from Member m join m.roles r where r = :role and m.status = :status")
    List<Member> findByRoleAndStatus(@Param("role") String role, @Param("status") MemberStatus status);
}
