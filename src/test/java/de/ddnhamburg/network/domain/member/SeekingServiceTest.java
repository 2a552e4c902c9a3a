package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.support.Acting.as;
import static de.ddnhamburg.network.support.Acting.run;
import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.privacy.PersonalDataExport;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMarkers;
import de.ddnhamburg.network.support.TestMembers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who sees "Ich suche / Ich biete" entries, until when, and who may change them. */
@IntegrationTest
class SeekingServiceTest {

    @Autowired
    SeekingService seeking;

    @Autowired
    ContactRequestService requests;

    @Autowired
    AccountService accounts;

    @Autowired
    PersonalDataExport personalData;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    private LoginAccount someone(String name) {
        String marker = TestMarkers.word("sk");
        return testMembers.withProfile(
                marker + "." + name + "@example.org",
                profile(name, "Seeker" + marker).build());
    }

    private static SeekingDraft draft(SeekingDirection direction, SeekingKind kind, String text) {
        return new SeekingDraft(direction, kind, text, null);
    }

    @Test
    void every_member_sees_running_entries_by_default_and_the_choice_narrows_it_like_a_profile_field() {
        LoginAccount owner = someone("Olga");
        LoginAccount member = someone("Max");
        LoginAccount contact = someone("Conny");
        long request = as(contact, () -> requests.send(owner.memberId(), firstContact()))
                .id();
        run(owner, () -> requests.accept(request));
        run(owner, () -> seeking.add(draft(SeekingDirection.SEEK, SeekingKind.MENTOR, "Eine Mentorin")));
        run(owner, () -> seeking.add(draft(SeekingDirection.OFFER, SeekingKind.SPEAKERS, "Ein Vortrag")));

        assertThat(as(member, () -> seeking.visibleOn(owner.memberId())))
                .extracting(SeekingItem::kind)
                .containsExactly(SeekingKind.SPEAKERS, SeekingKind.MENTOR);

        run(owner, () -> seeking.setVisibility(Visibility.CONTACTS));
        assertThat(as(member, () -> seeking.visibleOn(owner.memberId()))).isEmpty();
        assertThat(as(contact, () -> seeking.visibleOn(owner.memberId()))).hasSize(2);
        assertThat(as(owner, () -> seeking.visibleOn(owner.memberId()))).hasSize(2);

        run(owner, () -> seeking.setVisibility(Visibility.ONLY_ME));
        assertThat(as(contact, () -> seeking.visibleOn(owner.memberId()))).isEmpty();
        assertThat(as(owner, () -> seeking.visibleOn(owner.memberId()))).hasSize(2);
    }

    @Test
    void an_expired_entry_is_hidden_from_others_and_marked_for_its_owner() {
        LoginAccount owner = someone("Eva");
        LoginAccount member = someone("Moritz");
        LocalDate today = LocalDate.now(clock.withZone(de.ddnhamburg.network.domain.common.ClockConfig.DISPLAY_ZONE));
        run(
                owner,
                () -> seeking.add(new SeekingDraft(
                        SeekingDirection.SEEK, SeekingKind.JOB, "Teilzeit im Personalbereich", today.plusDays(1))));
        run(owner, () -> seeking.add(draft(SeekingDirection.OFFER, SeekingKind.EXCHANGE, "Kaffee und Austausch")));

        clock.advance(Duration.ofDays(1));
        assertThat(as(member, () -> seeking.visibleOn(owner.memberId())))
                .as("the expiry day is the last day shown")
                .hasSize(2);

        clock.advance(Duration.ofDays(1));
        assertThat(as(member, () -> seeking.visibleOn(owner.memberId())))
                .extracting(SeekingItem::kind)
                .containsExactly(SeekingKind.EXCHANGE);
        assertThat(as(owner, () -> seeking.mine().entries()))
                .extracting(SeekingItem::kind, SeekingItem::expired)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(SeekingKind.JOB, true),
                        org.assertj.core.groups.Tuple.tuple(SeekingKind.EXCHANGE, false));
    }

    @Test
    void the_entries_of_a_profile_hidden_from_the_directory_do_not_exist_for_other_members() {
        String marker = TestMarkers.word("sh");
        LoginAccount hidden = testMembers.withProfile(
                marker + "@example.org",
                profile("Hanna", "Hidden" + marker).hiddenFromDirectory().build());
        LoginAccount member = someone("Mia");
        run(hidden, () -> seeking.add(draft(SeekingDirection.OFFER, SeekingKind.CLIENTS, "Aufträge")));

        assertThatThrownBy(() -> as(member, () -> seeking.visibleOn(hidden.memberId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_the_owner_changes_or_deletes_an_entry() {
        LoginAccount owner = someone("Otto");
        LoginAccount other = someone("Ida");
        long id = as(owner, () -> seeking.add(draft(SeekingDirection.SEEK, SeekingKind.CLIENTS, "Aufträge")))
                .id();

        assertThatThrownBy(() -> run(
                        other,
                        () -> seeking.update(id, draft(SeekingDirection.SEEK, SeekingKind.CLIENTS, "Übernommen"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> run(other, () -> seeking.delete(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(owner, () -> seeking.mine().entries()))
                .extracting(SeekingItem::text)
                .containsExactly("Aufträge");

        run(owner, () -> seeking.delete(id));
        assertThat(as(owner, () -> seeking.mine().entries())).isEmpty();
    }

    @Test
    void bad_input_is_reported_at_each_field_and_the_number_of_entries_is_limited() {
        LoginAccount owner = someone("Vera");
        LocalDate yesterday = LocalDate.now(
                        clock.withZone(de.ddnhamburg.network.domain.common.ClockConfig.DISPLAY_ZONE))
                .minusDays(1);

        assertThatThrownBy(() -> run(owner, () -> seeking.add(new SeekingDraft(null, null, " ", yesterday))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                SeekingRules.DIRECTION, "seeking.validation.direction.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                SeekingRules.KIND, "seeking.validation.kind.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                SeekingRules.TEXT, "seeking.validation.text.required"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                SeekingRules.EXPIRES_ON, "seeking.validation.expires.past")));
        assertThatThrownBy(() -> run(
                        owner,
                        () -> seeking.add(
                                draft(SeekingDirection.SEEK, SeekingKind.JOB, "x".repeat(SeekingRules.TEXT_MAX + 1)))))
                .isInstanceOf(InvalidInputException.class);

        for (int i = 0; i < SeekingRules.MAX_ENTRIES; i++) {
            String text = "Eintrag " + i;
            run(owner, () -> seeking.add(draft(SeekingDirection.OFFER, SeekingKind.EXCHANGE, text)));
        }
        assertThatThrownBy(() ->
                        run(owner, () -> seeking.add(draft(SeekingDirection.OFFER, SeekingKind.EXCHANGE, "Zu viel"))))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("seeking.validation.tooMany"));
    }

    @Test
    void the_entries_are_in_the_data_export_and_go_with_the_account() {
        LoginAccount owner = someone("Paula");
        run(owner, () -> seeking.add(draft(SeekingDirection.OFFER, SeekingKind.MENTOR, "Mentoring für Rückkehrende")));
        run(owner, () -> seeking.setNotifyMatches(true));

        String export = new String(as(owner, () -> personalData.exportMine()).content(), StandardCharsets.UTF_8);
        assertThat(export)
                .contains("\"seeking\"", "Mentoring für Rückkehrende")
                .containsPattern("\"notifyMatches\"\\s*:\\s*true");

        run(owner, () -> accounts.deleteAccount(TestMembers.PASSWORD));
        assertThat(count("select count(*) from seeking_entry where member_id = ?", owner.memberId()))
                .isZero();
        assertThat(count("select count(*) from seeking_preference where member_id = ?", owner.memberId()))
                .isZero();
    }

    private long count(String sql, long memberId) {
        Long value = jdbc.queryForObject(sql, Long.class, memberId);
        return value == null ? 0 : value;
    }
}
