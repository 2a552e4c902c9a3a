package de.ddnhamburg.network.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.domain.member.CongressRef;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberCongressLookup;
import de.ddnhamburg.network.domain.member.MemberDirectoryService;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.Suggestion;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.CongressRegistrants;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, point 3, for the congress: a congress both members are (or were) registered for appears
 * in "Gemeinsamkeiten" and counts in the suggestions, but only a confirmed registration the other
 * showed in the participant list, never a draft congress, and never a guest.
 */
@IntegrationTest
class SharedCongressTest {

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    MemberCongressRegistrationService registrations;

    @Autowired
    MyCongressRegistrationService mine;

    @Autowired
    MemberProfileService profiles;

    @Autowired
    MemberDirectoryService directory;

    @Autowired
    MemberCongressLookup congresses;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    RegistrationScenario.Congress congress;

    @BeforeEach
    void setUp() {
        SecurityTestSupport.signOut();
        clock.set(RegistrationScenario.NOW);
        congress = scenario.published();
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_congress_both_registered_for_is_shared_both_ways_and_counts_in_the_suggestions() {
        LoginAccount ida = Groups.member(testMembers, "Ida", "Kongress");
        LoginAccount olaf = Groups.member(testMembers, "Olaf", "Kongress");
        CongressRegistrants.register(registrations, congress, ida, true);
        CongressRegistrants.register(registrations, congress, olaf, true);

        assertThat(sharedCongresses(ida, olaf)).containsExactly(congress.id());
        assertThat(sharedCongresses(olaf, ida)).containsExactly(congress.id());
        Suggestion olafForIda = suggestion(ida, olaf).orElseThrow();
        assertThat(olafForIda.sharedCount())
                .as("the congress is all they share")
                .isEqualTo(1);
        assertThat(olafForIda.congress()).isEqualTo(new CongressRef(congress.id(), congress.title()));
        assertThat(suggestion(olaf, ida)).isPresent();
    }

    @Test
    void only_a_registration_shown_in_the_participant_list_is_shared() {
        LoginAccount ida = Groups.member(testMembers, "Ida", "Sichtbar");
        LoginAccount quentin = Groups.member(testMembers, "Quentin", "Unsichtbar");
        CongressRegistrants.register(registrations, congress, ida, true);
        CongressRegistrants.register(registrations, congress, quentin, false);

        assertThat(sharedCongresses(ida, quentin))
                .as("Quentin did not show his registration")
                .isEmpty();
        assertThat(suggestion(ida, quentin)).isEmpty();
        assertThat(sharedCongresses(quentin, ida))
                .as("Ida showed hers, so Quentin learns nothing new about anyone but her")
                .containsExactly(congress.id());
        assertThat(suggestion(quentin, ida)).isPresent();
    }

    @Test
    void a_cancelled_registration_is_no_longer_shared() {
        LoginAccount ida = Groups.member(testMembers, "Ida", "Storno");
        LoginAccount olaf = Groups.member(testMembers, "Olaf", "Storno");
        CongressRegistrants.register(registrations, congress, ida, true);
        long olafs = CongressRegistrants.register(registrations, congress, olaf, true);

        Acting.run(olaf, () -> mine.cancel(RegistrationKey.member(olafs)));

        assertThat(sharedCongresses(ida, olaf)).isEmpty();
        assertThat(sharedCongresses(olaf, ida)).as("his own place is gone too").isEmpty();
        assertThat(suggestion(ida, olaf)).isEmpty();
        assertThat(suggestion(olaf, ida)).isEmpty();
    }

    @Test
    void a_guest_in_the_participant_list_never_appears() {
        LoginAccount ida = Groups.member(testMembers, "Ida", "Gastfrei");
        CongressRegistrants.register(registrations, congress, ida, true);
        long guest = scenario.register(congress, congress.paidCategory(), "Gerda", "Gast", null, Hold.confirmed());
        jdbc.update("update congress_registration set show_in_participants = true where id = ?", guest);

        assertThat(congresses.fellowAttendees(ida.memberId())).isEmpty();
        assertThat(congresses.fellowRegistrants(ida.memberId())).isEmpty();
        assertThat(Acting.as(ida, () -> directory.suggestionsForMe(500, Locale.GERMAN)))
                .as("Ida shares nothing with any member")
                .isEmpty();
    }

    @Test
    void a_past_congress_both_attended_stays_shared_and_counts_without_a_place_to_meet() {
        LoginAccount ida = Groups.member(testMembers, "Ida", "Vorbei");
        LoginAccount olaf = Groups.member(testMembers, "Olaf", "Vorbei");
        CongressRegistrants.register(registrations, congress, ida, true);
        CongressRegistrants.register(registrations, congress, olaf, true);
        clock.set(RegistrationScenario.START.plus(Duration.ofDays(3)));
        scenario.setStatus(congress.id(), CongressStatus.ARCHIVED);

        assertThat(sharedCongresses(ida, olaf)).containsExactly(congress.id());
        Suggestion olafForIda = suggestion(ida, olaf).orElseThrow();
        assertThat(olafForIda.sharedCount()).isEqualTo(1);
        assertThat(olafForIda.congress()).as("nowhere left to meet").isNull();
    }

    @Test
    void a_congress_back_in_draft_is_not_shared() {
        LoginAccount ida = Groups.member(testMembers, "Ida", "Entwurf");
        LoginAccount olaf = Groups.member(testMembers, "Olaf", "Entwurf");
        CongressRegistrants.register(registrations, congress, ida, true);
        CongressRegistrants.register(registrations, congress, olaf, true);

        scenario.setStatus(congress.id(), CongressStatus.DRAFT);

        assertThat(sharedCongresses(ida, olaf)).isEmpty();
        assertThat(suggestion(ida, olaf)).isEmpty();
    }

    private List<Long> sharedCongresses(LoginAccount viewer, LoginAccount other) {
        return Acting.as(viewer, () -> profiles.commonalities(other.memberId(), Locale.GERMAN)).congresses().stream()
                .map(CongressRef::id)
                .toList();
    }

    private Optional<Suggestion> suggestion(LoginAccount viewer, LoginAccount other) {
        return Acting.as(viewer, () -> directory.suggestionsForMe(500, Locale.GERMAN)).stream()
                .filter(suggestion -> suggestion.card().id() == other.memberId())
                .findFirst();
    }
}
