package de.ddnhamburg.network.domain.member;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberConsentRepository extends JpaRepository<MemberConsent, Long> {

    List<MemberConsent> findByMemberIdOrderByGivenAtAscIdAsc(long memberId);
}
