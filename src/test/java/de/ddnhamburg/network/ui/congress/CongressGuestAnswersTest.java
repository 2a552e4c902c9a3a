package de.ddnhamburg.network.ui.congress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CategoryOption;
import de.ddnhamburg.network.domain.congress.CongressGuestConfirmationService;
import de.ddnhamburg.network.domain.congress.CongressGuestRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationOptions;
import de.ddnhamburg.network.domain.congress.RegistrationOptionsService;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.SessionOption;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The congress's guest form must not tell whether an address is registered, or belongs to a
 * member (issue 12, point 11): a new address holds a place and a workshop seat at once, a
 * registered or a member's address holds nothing. The public congress page and the wizard's
 * options show the same figures after each.
 */
class CongressGuestAnswersTest extends KaribuTest {

    @Autowired
    CongressGuestRegistrationService guests;

    @Autowired
    CongressGuestConfirmationService guestConfirmations;

    @Autowired
    RegistrationOptionsService options;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_public_figures_are_the_same_after_a_members_a_registered_and_a_new_address() {
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
        String confirmed = Contacts.uniqueEmail("kongressgast");
        guests.register(request(congress, confirmed));
        guestConfirmations.confirm(new GuestMailbox(jdbc).last(confirmed).token(PublicLinks.CONGRESS_GUEST_CONFIRM));
        String unconfirmed = Contacts.uniqueEmail("kongressoffen");
        guests.register(request(congress, unconfirmed));
        String members = testMembers.member().email();
        String unknown = Contacts.uniqueEmail("kongressneu");

        String before = figures(congress);
        assertThat(before)
                .as("the confirmed guest counts, the unconfirmed one does not")
                .contains("99 von 100")
                .contains("Workshop A: 19");
        guests.register(request(congress, members));
        String afterMember = figures(congress);
        guests.register(request(congress, confirmed));
        String afterConfirmed = figures(congress);
        guests.register(request(congress, unconfirmed));
        String afterUnconfirmed = figures(congress);
        guests.register(request(congress, unknown));
        String afterUnknown = figures(congress);

        assertThat(afterMember)
                .isEqualTo(before)
                .isEqualTo(afterConfirmed)
                .isEqualTo(afterUnconfirmed)
                .isEqualTo(afterUnknown);
        // The new address does hold a place: capacity counts it, the public figures do not.
        assertThat(jdbc.queryForObject("select taken from congress where id = ?", Integer.class, congress.congressId()))
                .isEqualTo(3);
    }

    /** The congress page's places and workshop seats, opened afresh, and the wizard's options. */
    private String figures(Congresses.Built congress) {
        navigate("veranstaltungen");
        navigate("kongress/" + congress.congressId());
        String page =
                _get(Span.class, spec -> spec.withId("congress-places-left")).getText()
                        + " | "
                        + _get(Span.class, spec -> spec.withId("congress-category-left-" + congress.categoryId()))
                                .getText()
                        + " | "
                        + _get(Span.class, spec -> spec.withId("congress-seats-" + congress.workshopId()))
                                .getText();
        RegistrationOptions offered = options.options(congress.congressId(), null);
        CategoryOption category = offered.categories().stream()
                .filter(option -> option.id() == congress.categoryId())
                .findFirst()
                .orElseThrow();
        SessionOption workshop = offered.choices().stream()
                .flatMap(slot -> slot.sessions().stream())
                .filter(session -> session.id() == congress.workshopId())
                .findFirst()
                .orElseThrow();
        return page + " | category " + category.placesLeft() + "/" + category.waiting() + " | Workshop A: "
                + Objects.requireNonNull(workshop.seatsLeft()) + "/" + workshop.waiting();
    }

    private static RegistrationRequest request(Congresses.Built congress, String email) {
        return new RegistrationRequest(
                congress.congressId(),
                congress.categoryId(),
                null,
                "Karla",
                "Kongress",
                email,
                null,
                List.of(new SessionPick(congress.workshopSlotId(), congress.workshopId(), null)),
                RegistrationAnswers.none(),
                new BillingAddress(null, "Hafenstraße 1", "20457", "Hamburg"),
                true,
                Locale.GERMAN);
    }
}
