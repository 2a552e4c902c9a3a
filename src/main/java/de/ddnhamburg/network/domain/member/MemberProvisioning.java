package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.Roles;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts without a signed-in user: the first admin of a new installation and the demo
 * data. No view or endpoint may use it (checked by the architecture test); members join through
 * the joining process instead.
 */
@Service
@Transactional
public class MemberProvisioning {

    private final MemberRepository members;
    private final TopicRepository topics;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;

    MemberProvisioning(
            MemberRepository members, TopicRepository topics, PasswordEncoder passwordEncoder, AuditService audit) {
        this.members = members;
        this.topics = topics;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean hasNoMembers() {
        return members.count() == 0;
    }

    public MemberSummary createFirstAdmin(String email, String firstName, String lastName, String password) {
        PasswordRules.check(password);
        MemberSummary admin = createActive(
                new NewMember(email, firstName, lastName, null, Set.of(), Set.of(Roles.MEMBER, Roles.ADMIN)),
                PasswordHashing.hash(passwordEncoder, password));
        audit.record(AuditAction.FIRST_ADMIN_CREATED, "member:" + admin.id(), admin.email());
        return admin;
    }

    /** Takes an already encoded hash, so that many demo accounts can share one expensive encoding. */
    public MemberSummary createActive(NewMember data, String passwordHash) {
        EmailAddress email = EmailAddress.of(data.email());
        if (members.existsByEmail(email.value())) {
            throw new DomainException("member.email.taken");
        }
        Member member = new Member(
                email, passwordHash, data.firstName().strip(), data.lastName().strip());
        member.setOrganisation(data.organisation());
        member.setRoles(data.roles());
        member.setTopics(data.topicSlugs().stream()
                .map(slug -> topics.findBySlug(slug).orElseThrow(() -> new DomainException("topic.unknown", slug)))
                .collect(Collectors.toSet()));
        member.setStatus(MemberStatus.ACTIVE);
        return MemberSummary.of(members.save(member));
    }

    /** Fills in the profile of an account created here, with the same rules as the member's own form. */
    public void completeProfile(long memberId, ProfileUpdate update) {
        ValidProfile valid = ProfileRules.validate(update);
        Member member = members.findById(memberId).orElseThrow(NotFoundException::new);
        member.applyProfile(
                valid,
                valid.value().topicSlugs().stream()
                        .map(slug ->
                                topics.findBySlug(slug).orElseThrow(() -> new DomainException("topic.unknown", slug)))
                        .collect(Collectors.toSet()));
    }

    public String encodePassword(String password) {
        PasswordRules.check(password);
        return PasswordHashing.hash(passwordEncoder, password);
    }
}
