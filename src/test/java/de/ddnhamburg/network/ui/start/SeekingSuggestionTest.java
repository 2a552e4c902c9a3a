package de.ddnhamburg.network.ui.start;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Section;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.SeekingDirection;
import de.ddnhamburg.network.domain.member.SeekingDraft;
import de.ddnhamburg.network.domain.member.SeekingKind;
import de.ddnhamburg.network.domain.member.SeekingService;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.TestMarkers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The start page's suggestions name, in words, an offer that matches my search. */
class SeekingSuggestionTest extends KaribuTest {

    @Autowired
    SeekingService seeking;

    @Test
    void an_offer_for_my_search_is_suggested_with_the_reason_and_a_hidden_one_is_not() {
        String marker = TestMarkers.word("ss");
        LoginAccount employer = testMembers.withProfile(
                marker + ".employer@example.org",
                profile("Erik", "Arbeitgeber" + marker).build());
        Acting.run(
                employer,
                () -> seeking.add(new SeekingDraft(
                        SeekingDirection.OFFER, SeekingKind.JOB, "Teilzeitstelle im Personalwesen", null)));
        LoginAccount hidden = testMembers.withProfile(
                marker + ".hidden@example.org",
                profile("Hilde", "Verborgen" + marker).build());
        Acting.run(
                hidden,
                () -> seeking.add(new SeekingDraft(SeekingDirection.OFFER, SeekingKind.JOB, "Nur für Kontakte", null)));
        Acting.run(hidden, () -> seeking.setVisibility(Visibility.ONLY_ME));
        LoginAccount me = testMembers.withProfile(
                marker + ".me@example.org",
                profile("Rita", "Rueckkehr" + marker).build());
        Acting.run(
                me,
                () -> seeking.add(new SeekingDraft(
                        SeekingDirection.SEEK, SeekingKind.JOB, "Wiedereinstieg nach der Elternzeit", null)));

        login(me);
        navigate(MemberHomeView.class);

        assertThat(_get(Section.class, spec -> spec.withId("home-suggestions"))
                        .getElement()
                        .getTextRecursively())
                .contains("Erik Arbeitgeber" + marker, "Bietet, was Sie suchen: eine Stelle oder einen Wiedereinstieg")
                .as("nothing else in common, so no count")
                .doesNotContain("Hilde", "Gemeinsamkeit");
    }
}
