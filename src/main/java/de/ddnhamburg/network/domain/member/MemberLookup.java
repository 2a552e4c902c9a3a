package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.security.Roles;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and mail addresses of members for other domain features, such as the contact feature that
 * mails a request's recipient. It applies no visibility rules, so it is a component rather than a
 * service: views and endpoints may not use it (checked by the architecture test), and the feature
 * that calls it decides what it shows.
 */
@Component
@Transactional(readOnly = true)
public class MemberLookup {

    private static final int ID_CHUNK = 1000;

    private final MemberRepository members;

    MemberLookup(MemberRepository members) {
        this.members = members;
    }

    public Optional<MemberIdentity> find(long memberId) {
        return members.findById(memberId).map(MemberIdentity::of);
    }

    /** In one query; unknown ids are missing from the result. */
    public Map<Long, MemberIdentity> findAll(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return members.findAllById(memberIds).stream()
                .map(MemberIdentity::of)
                .collect(Collectors.toMap(MemberIdentity::id, Function.identity()));
    }

    /** The member's own details, to prefill a form for them; never to show to anyone else. */
    public Optional<MemberContactDetails> contactDetails(long memberId) {
        return members.findById(memberId)
                .map(member -> new MemberContactDetails(
                        member.id(),
                        member.getFirstName(),
                        member.getLastName(),
                        member.getOrganisation(),
                        member.getEmail(),
                        member.getLanguage()));
    }

    /** The member who owns the address (compared as stored: lower case, without blanks), if any. */
    public Optional<MemberIdentity> findByEmail(String email) {
        return members.findByEmail(EmailAddress.normalise(email)).map(MemberIdentity::of);
    }

    /** Applications for membership that wait for an admin (e-mail confirmed). */
    public long countWaitingApplications() {
        return members.countByStatus(MemberStatus.PENDING_APPROVAL);
    }

    /** The admins who can log in, to be told what waits for them. */
    public List<MemberIdentity> activeAdmins() {
        return members.findByRoleAndStatus(Roles.ADMIN, MemberStatus.ACTIVE).stream()
                .map(MemberIdentity::of)
                .toList();
    }

    /** The ids of all members who can log in (status active), in id order. */
    public List<Long> activeMemberIds() {
        return members.findIdsByStatus(MemberStatus.ACTIVE);
    }

    /** Those of the given members who are active; a thousand ids per query, so any number fits. */
    public Set<Long> activeAmong(Collection<Long> memberIds) {
        List<Long> ids = List.copyOf(memberIds);
        Set<Long> active = new HashSet<>();
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            active.addAll(members.findIdsByIdInAndStatus(
                    ids.subList(from, Math.min(ids.size(), from + ID_CHUNK)), MemberStatus.ACTIVE));
        }
        return active;
    }
}
