package de.ddnhamburg.network.ui.start;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.TestMarkers;
import org.junit.jupiter.api.Test;

class SuggestionsSectionTest extends KaribuTest {

    @Test
    void start_page_suggests_people_with_something_in_common() {
        String marker = TestMarkers.word("qs");
        testMembers.withProfile(
                marker + ".peer@example.org",
                profile("Pia", "Peer" + marker).expertise(marker).build());
        login(testMembers.withProfile(
                marker + ".me@example.org",
                profile("Max", "Me").expertise(marker).build()));

        navigate(MemberHomeView.class);

        Section suggestions = _get(Section.class, spec -> spec.withId("home-suggestions"));
        assertThat(suggestions.getElement().getTextRecursively())
                .contains("Menschen, die Sie kennenlernen sollten", "Pia Peer" + marker)
                .doesNotContain("Max Me");
        // The lead names every reason the suggestions weigh (issue 16): also matching entries and shared events.
        assertThat(suggestions.getElement().getTextRecursively())
                .contains("teilen Themen oder Fachgebiete", "suchen, was Sie bieten", "bieten, was Sie suchen")
                .contains("bei denselben Veranstaltungen");
    }

    @Test
    void a_member_without_topics_or_expertise_is_invited_to_complete_the_profile() {
        login(testMembers.withProfile(
                TestMarkers.word("qe") + "@example.org",
                profile("Eddi", "Empty").build()));

        navigate(MemberHomeView.class);

        Section suggestions = _get(Section.class, spec -> spec.withId("home-suggestions"));
        assertThat(suggestions.getElement().getTextRecursively())
                .contains("Ergänzen Sie Themen und Fachgebiete", "was Sie suchen oder bieten");
        assertThat(_get(suggestions, RouterLink.class).getHref()).isEqualTo("profil");
    }
}
