package de.ddnhamburg.network.domain.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    /** Member id and topic, for the topics of one directory page in one query. */
    @Query("select m.id, t from Member m join m.topics t where m.id in :ids")
    List<Object[]> findTopicsOf(Collection<Long> ids);

    Optional<Member> findByEmail(String email);

    boolean existsByEmail(String email);
}
