package de.ddnhamburg.network.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditEntryItem;
import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.AdminMemberFilter;
import de.ddnhamburg.network.domain.member.AdminMemberRow;
import de.ddnhamburg.network.domain.member.InvalidTokenException;
import de.ddnhamburg.network.domain.member.MemberAdministrationService;
import de.ddnhamburg.network.domain.member.MemberProvisioning;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.MemberStatus;
import de.ddnhamburg.network.domain.member.MemberSummary;
import de.ddnhamburg.network.domain.member.NewMember;
import de.ddnhamburg.network.domain.member.PasswordResetService;
import de.ddnhamburg.network.domain.member.TokenProblem;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the migrations and the repositories must do on every database we support. Runs once on H2
 * and once on PostgreSQL (see the two subclasses).
 */
abstract class PersistenceContract {

    @Autowired
    MemberProvisioning provisioning;

    @Autowired
    MemberService members;

    @Autowired
    MemberAdministrationService administration;

    @Autowired
    PasswordResetService resets;

    @Autowired
    TopicService topics;

    @Autowired
    AuditService audit;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
        clock.reset();
    }

    @Test
    void migrations_create_the_curated_topic_list_in_both_languages() {
        List<TopicItem> german = topics.findAll(Locale.GERMAN);
        assertThat(german).hasSize(12);
        assertThat(german)
                .extracting(TopicItem::name)
                .contains("Digitalisierung der Arbeitswelt", "Wiedereinstieg / Back in Job", "Führung");
        assertThat(topics.findAll(Locale.ENGLISH)).extracting(TopicItem::name).contains("Leadership");
    }

    @Test
    void member_is_stored_with_roles_topics_and_timestamps_from_the_clock() {
        Instant now = Instant.parse("2026-03-02T09:15:00Z");
        clock.set(now);
        String email = unique("Stored.Member@Example.org");

        MemberSummary created = provisioning.createActive(
                new NewMember(
                        email,
                        " Stina ",
                        "Stored",
                        "Hafen GmbH",
                        Set.of("netzwerken", "fuehrung"),
                        Set.of(Roles.MEMBER)),
                "{noop}irrelevant");

        assertThat(created.email()).isEqualTo(email.toLowerCase(Locale.ROOT));
        assertThat(created.displayName()).isEqualTo("Stina Stored");
        assertThat(created.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(jdbc.queryForObject("select created_at from member where id = ?", Instant.class, created.id()))
                .isEqualTo(now);
        assertThat(jdbc.queryForObject(
                        "select count(*) from member_topic where member_id = ?", Integer.class, created.id()))
                .isEqualTo(2);
        assertThat(members.findLoginAccount(email.toUpperCase(Locale.ROOT)))
                .hasValueSatisfying(account -> assertThat(account.roles()).containsExactly(Roles.MEMBER));
    }

    @Test
    void the_same_e_mail_cannot_be_registered_twice_in_any_spelling() {
        String email = unique("twice@example.org");
        provisioning.createActive(newMember(email), "{noop}x");

        assertThatThrownBy(() -> provisioning.createActive(newMember(" " + email.toUpperCase(Locale.ROOT)), "{noop}x"))
                .isInstanceOf(DomainException.class)
                .hasMessage("member.email.taken");
    }

    @Test
    void the_database_itself_refuses_duplicate_and_mixed_case_addresses() {
        String email = unique("constraint@example.org");
        provisioning.createActive(newMember(email), "{noop}x");
        String insert = "insert into member (version, created_at, updated_at, email, password_hash, first_name, "
                + "last_name, status, language) values (0, current_timestamp, current_timestamp, ?, 'x', 'A', 'B', 'ACTIVE', 'de')";

        assertThatThrownBy(() -> jdbc.update(insert, email)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, unique("Mixed.Case@example.org")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void role_change_is_versioned_and_audited() {
        SecurityTestSupport.signIn(testMembers.admin());
        MemberSummary target = provisioning.createActive(newMember(unique("promoted@example.org")), "{noop}x");
        long versionBefore = version(target.id());

        members.changeRoles(target.id(), Set.of(Roles.MEMBER, Roles.ADMIN));

        assertThat(members.findLoginAccount(target.email()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Roles.MEMBER, Roles.ADMIN);
        assertThat(version(target.id())).isGreaterThan(versionBefore);
        List<AuditEntryItem> latest = audit.findPage(AuditAction.ROLE_CHANGED, PageRequest.of(0, 5));
        assertThat(latest).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(TestMembers.ADMIN);
            assertThat(entry.target()).isEqualTo("member:" + target.id());
            assertThat(AuditNote.text(entry.details(), java.util.Locale.GERMAN))
                    .hasValue("Mitglied → Verwaltung, Mitglied");
            assertThat(AuditNote.text(entry.details(), java.util.Locale.ENGLISH))
                    .hasValueSatisfying(text -> assertThat(text).contains(" → "));
        });
    }

    @Test
    void audit_log_pages_newest_first() {
        SecurityTestSupport.signIn(testMembers.admin());
        String marker = UUID.randomUUID().toString();
        clock.set(Instant.parse("2030-01-01T10:00:00Z"));
        audit.record(AuditAction.LOGIN_FAILED, "first-" + marker, null, null, "203.0.113.1");
        clock.set(Instant.parse("2030-01-01T10:05:00Z"));
        audit.record(AuditAction.LOGIN_FAILED, "second-" + marker, null, null, "203.0.113.1");

        List<AuditEntryItem> page = audit.findPage(AuditAction.LOGIN_FAILED, PageRequest.of(0, 2));

        assertThat(page).extracting(AuditEntryItem::actor).containsExactly("second-" + marker, "first-" + marker);
        assertThat(audit.count(AuditAction.LOGIN_FAILED)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void the_database_itself_keeps_link_hashes_unique_and_purposes_and_consents_known() {
        MemberSummary member = provisioning.createActive(newMember(unique("token@example.org")), "{noop}x");
        String insert = "insert into member_token (member_id, purpose, token_hash, expires_at, new_email, created_at) "
                + "values (?, ?, ?, current_timestamp, ?, current_timestamp)";
        String hash = hash();
        jdbc.update(insert, member.id(), "RESET_PASSWORD", hash, null);

        assertThatThrownBy(() -> jdbc.update(insert, member.id(), "CONFIRM_EMAIL", hash, null))
                .as("one hash, one link")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, member.id(), "LOGIN", hash(), null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, member.id(), "CHANGE_EMAIL", hash(), null))
                .as("a new address needs the address")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, member.id(), "RESET_PASSWORD", hash(), "x@example.org"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, member.id(), "CHANGE_EMAIL", hash(), "Mixed@Example.org"))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update(insert, member.id(), "CHANGE_EMAIL", hash(), "new@example.org");
        assertThatThrownBy(() -> jdbc.update(
                        "insert into member_consent (member_id, kind, version, given_at) "
                                + "values (?, 'NEWSLETTER', '1', current_timestamp)",
                        member.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_reset_link_is_stored_hashed_and_works_exactly_once() {
        clock.set(Instant.parse("2026-11-10T08:00:00Z"));
        String email = unique("reset@example.org");
        provisioning.createActive(newMember(email), "{noop}x");

        resets.requestReset(email);
        String secret = new Mailbox(jdbc).latest(email, "passwordReset").token();
        assertThat(jdbc.queryForObject("select count(*) from member_token where token_hash = ?", Integer.class, secret))
                .isZero();
        resets.resetPassword(secret, "ein neues langes Passwort", "ein neues langes Passwort");

        assertThatThrownBy(() -> resets.resetPassword(secret, "noch ein langes Passwort", "noch ein langes Passwort"))
                .isInstanceOfSatisfying(
                        InvalidTokenException.class,
                        e -> assertThat(e.problem()).isEqualTo(TokenProblem.USED));
        assertThat(jdbc.queryForObject(
                        "select used_at from member_token where member_id = ?",
                        Instant.class,
                        members.findLoginAccount(email).orElseThrow().memberId()))
                .isEqualTo(clock.instant());
    }

    @Test
    void member_administration_filters_in_the_database_and_stores_rejections() {
        String marker =
                "Verwaltung" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        MemberSummary applicant = provisioning.createActive(
                new NewMember(unique("a@example.org"), "Anna", marker, "Hafen_Gruppe", Set.of(), Set.of(Roles.MEMBER)),
                "{noop}x");
        provisioning.createActive(
                new NewMember(
                        unique("b@example.org"), "Bert", marker, null, Set.of(), Set.of(Roles.MEMBER, Roles.ADMIN)),
                "{noop}x");
        jdbc.update("update member set status = 'PENDING_APPROVAL' where id = ?", applicant.id());
        SecurityTestSupport.signIn(testMembers.admin());

        assertThat(administration.count(new AdminMemberFilter(marker.toLowerCase(Locale.ROOT), null, null)))
                .isEqualTo(2);
        assertThat(administration.findPage(
                        new AdminMemberFilter(marker, MemberStatus.PENDING_APPROVAL, Roles.MEMBER),
                        PageRequest.of(0, 10)))
                .extracting(AdminMemberRow::id)
                .containsExactly(applicant.id());
        assertThat(administration.findPage(new AdminMemberFilter(marker, null, Roles.ADMIN), PageRequest.of(0, 10)))
                .extracting(AdminMemberRow::displayName)
                .containsExactly("Bert " + marker);
        assertThat(administration.count(new AdminMemberFilter("hafen_gruppe", null, null)))
                .isEqualTo(1);
        assertThat(administration.findPage(new AdminMemberFilter(marker, null, null), PageRequest.of(1, 1)))
                .extracting(AdminMemberRow::displayName)
                .containsExactly("Bert " + marker);

        administration.reject(applicant.id());

        assertThat(jdbc.queryForObject("select status from member where id = ?", String.class, applicant.id()))
                .isEqualTo("REJECTED");
        assertThatThrownBy(() -> jdbc.update("update member set status = 'UNKNOWN' where id = ?", applicant.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static String hash() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private long version(long memberId) {
        return jdbc.queryForObject("select version from member where id = ?", Long.class, memberId);
    }

    private static NewMember newMember(String email) {
        return new NewMember(email, "Test", "Person", null, Set.of(), Set.of(Roles.MEMBER));
    }

    private static String unique(String email) {
        return UUID.randomUUID().toString().substring(0, 8) + "." + email;
    }
}
