package de.ddnhamburg.network.domain.contact;

import static de.ddnhamburg.network.support.Contacts.firstContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.privacy.PersonalDataExport;
import de.ddnhamburg.network.domain.privacy.PersonalDataRequests;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.AuthenticationException;

/**
 * Follow-up notes (issue 16 point 4): only their owner reads, changes or is reminded of them, and
 * only about a contact; the reminder appears on its day.
 */
@IntegrationTest
class FollowUpNoteServiceTest {

    private static final String SECRET_TEXT = "Wollte mir die Studie zur Rückkehr schicken";

    @Autowired
    FollowUpNoteService notes;

    @Autowired
    ContactRequestService requests;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    PersonalDataExport export;

    @Autowired
    PersonalDataRequests dataRequests;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_note_on_a_contact_is_due_on_its_day_and_done_keeps_the_note() {
        LoginAccount paula = member("Paula");
        LoginAccount cleo = member("Cleo");
        connect(paula, cleo);
        LocalDate inTwoDays = today().plusDays(2);

        FollowUpNoteItem saved =
                Acting.as(paula, () -> notes.save(cleo.memberId(), "  " + SECRET_TEXT + " ", inTwoDays));

        assertThat(saved.text()).isEqualTo(SECRET_TEXT);
        assertThat(saved.subjectName()).isEqualTo("Cleo Notiz");
        assertThat(Acting.as(paula, () -> notes.mine(cleo.memberId()))).contains(saved);
        assertThat(Acting.as(paula, notes::due)).as("not yet").isEmpty();
        clock.advance(Duration.ofDays(2));
        assertThat(Acting.as(paula, notes::due)).containsExactly(saved);

        Acting.run(paula, () -> notes.done(cleo.memberId()));
        assertThat(Acting.as(paula, notes::due)).isEmpty();
        assertThat(Acting.as(paula, () -> notes.mine(cleo.memberId()))
                        .orElseThrow()
                        .remindOn())
                .isNull();
        Acting.run(paula, () -> notes.delete(cleo.memberId()));
        assertThat(Acting.as(paula, () -> notes.mine(cleo.memberId()))).isEmpty();
    }

    @Test
    void notes_only_about_contacts_and_with_a_text_and_no_past_day() {
        LoginAccount paula = member("Paula");
        LoginAccount cleo = member("Cleo");
        LoginAccount stranger = member("Sven");
        connect(paula, cleo);

        assertThatThrownBy(() -> Acting.as(paula, () -> notes.save(stranger.memberId(), "Hallo", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> Acting.as(paula, () -> notes.save(cleo.memberId(), "   ", today().minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problem("text"))
                            .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("note.validation.empty"));
                    assertThat(e.problem("remindOn"))
                            .hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("note.validation.pastDay"));
                });
        assertThatThrownBy(() -> Acting.as(paula, () -> notes.save(cleo.memberId(), "x".repeat(1001), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(Acting.as(paula, () -> notes.mine(cleo.memberId()))).isEmpty();
        assertThat(Acting.as(paula, () -> notes.save(cleo.memberId(), "heute", today()))
                        .remindOn())
                .isEqualTo(today());
    }

    @Test
    void nobody_else_reads_my_notes_not_the_contact_another_member_a_moderator_or_an_admin() {
        LoginAccount paula = member("Paula");
        LoginAccount cleo = member("Cleo");
        LoginAccount otto = member("Otto");
        LoginAccount mona = member("Mona");
        connect(paula, cleo);
        connect(otto, cleo);
        long groupId = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED, mona);
        Acting.run(paula, () -> groupMembership.join(groupId));
        Acting.run(paula, () -> notes.save(cleo.memberId(), SECRET_TEXT, today()));

        for (LoginAccount other : new LoginAccount[] {cleo, otto, mona, testMembers.admin()}) {
            Acting.run(other, () -> {
                assertThat(notes.mine(cleo.memberId())).as(other.email()).isEmpty();
                assertThat(notes.mine(paula.memberId())).as(other.email()).isEmpty();
                assertThat(notes.due())
                        .as(other.email())
                        .noneMatch(note -> note.text().equals(SECRET_TEXT));
                // Deleting "their" note about Cleo does not touch Paula's.
                notes.delete(cleo.memberId());
            });
        }
        assertThat(Acting.as(paula, () -> notes.mine(cleo.memberId()))).isPresent();
        String adminCopy = new String(
                Acting.as(testMembers.admin(), () -> dataRequests.exportMember(paula.memberId()))
                        .content(),
                StandardCharsets.UTF_8);
        assertThat(adminCopy)
                .contains("\"followUpNotes\"", FollowUpNotePersonalData.WITHHELD)
                .doesNotContain(SECRET_TEXT);
        assertThat(new String(Acting.as(paula, export::exportMine).content(), StandardCharsets.UTF_8))
                .contains(SECRET_TEXT, "Cleo Notiz");
        assertThatThrownBy(() -> notes.mine(cleo.memberId())).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(notes::due).isInstanceOf(AuthenticationException.class);
    }

    private void connect(LoginAccount from, LoginAccount to) {
        ContactRequestItem request = Acting.as(from, () -> requests.send(to.memberId(), firstContact()));
        Acting.run(to, () -> requests.accept(request.id()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Berlin"));
    }

    private LoginAccount member(String firstName) {
        return Groups.member(testMembers, firstName, "Notiz");
    }
}
