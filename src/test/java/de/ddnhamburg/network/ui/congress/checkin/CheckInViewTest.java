package de.ddnhamburg.network.ui.congress.checkin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.congress.DoorScenario;
import de.ddnhamburg.network.domain.congress.DoorScenario.Door;
import de.ddnhamburg.network.domain.congress.checkin.CheckInService;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The desk as the door team uses it: the desk's name once, a scan (typed, then Enter) or a name,
 * the verdict in colour and words for every case, undo, and the counter following other desks.
 */
class CheckInViewTest extends KaribuTest {

    @Autowired
    DoorScenario scenario;

    @Autowired
    MutableClock clock;

    @Autowired
    CheckInService checkIns;

    @Autowired
    CheckInBroadcaster broadcaster;

    private Door door;

    @BeforeEach
    void doorsOpen() {
        clock.set(DoorScenario.DOORS_OPEN);
        door = scenario.build();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_desk_asks_for_its_name_once_per_session() {
        login(testMembers.checkIn());
        navigate(desk());
        _assertNone(TextField.class, spec -> spec.withId("check-in-input"));

        _click(_get(Button.class, spec -> spec.withId("check-in-desk-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("check-in-desk-name"))
                        .isInvalid())
                .isTrue();
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("check-in-desk-name")), "Eingang Nord");
        _click(_get(Button.class, spec -> spec.withId("check-in-desk-save")));

        assertThat(text("check-in-desk")).isEqualTo("Platz: Eingang Nord");
        navigate("einlass");
        navigate(desk());
        assertThat(text("check-in-desk")).isEqualTo("Platz: Eingang Nord");
        _get(TextField.class, spec -> spec.withId("check-in-input"));

        _click(_get(Button.class, spec -> spec.withId("check-in-desk-change")));
        _get(TextField.class, spec -> spec.withId("check-in-desk-name"));
    }

    @Test
    void a_scanned_ticket_is_checked_in_and_shows_what_the_desk_needs() {
        openDesk("Eingang Nord");
        assertThat(text("check-in-counter")).isEqualTo("0 von 5 eingecheckt");

        scan(door.confirmed().ticketCode());

        assertThat(outcome()).isEqualTo("CHECKED_IN");
        assertThat(result().hasClassName("tone-ok")).isTrue();
        assertThat(text("check-in-verdict")).isEqualTo("Eingecheckt");
        assertThat(text("check-in-name")).isEqualTo("Hanna Petersen");
        assertThat(resultText()).contains("Hafen Akademie");
        assertThat(text("check-in-category")).isEqualTo("TicketkategorieNichtmitglied");
        // A paid ticket without an invoice in force (the fixture places it without one).
        assertThat(text("check-in-payment")).isEqualTo("Zahlungkeine Rechnung");
        assertThat(text("check-in-workshops"))
                .contains("11:00 " + door.workshopTitle() + " (" + door.workshopRoom() + ")");
        assertThat(text("check-in-needs")).contains("Bedürfnisse angegeben");
        assertThat(resultText()).doesNotContain("vegetarisch", "@example.org", "Adolphsplatz");
        assertThat(text("check-in-counter")).isEqualTo("1 von 5 eingecheckt");
        assertThat(input().getValue()).as("emptied for the next scan").isEmpty();
    }

    @Test
    void a_paid_ticket_without_an_invoice_says_so_in_english_too() {
        openDesk("Eingang Nord");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("einlass");
        navigate(desk());

        scan(door.confirmed().ticketCode());

        assertThat(text("check-in-payment")).isEqualTo("Paymentno invoice");
        assertThat(text("check-in-payment")).doesNotContain("unknown");
    }

    @Test
    void every_warning_is_shown_in_colour_and_in_words() {
        Acting.run(
                testMembers.admin(),
                () -> checkIns.checkInTicket(door.congressId(), door.free().ticketCode(), "Nord"));
        clock.advance(Duration.ofMinutes(12));
        openDesk("Süd");

        record Warning(String scanned, String outcome, String tone, String verdict, String advice) {}
        for (Warning warning : new Warning[] {
            new Warning(
                    door.free().ticketCode(),
                    "ALREADY_CHECKED_IN",
                    "tone-stop",
                    "Bereits eingecheckt um 09:00 an Platz Nord",
                    "Nicht noch einmal einlassen"),
            new Warning(
                    door.cancelled().ticketCode(),
                    "CANCELLED",
                    "tone-stop",
                    "Anmeldung storniert",
                    "storniert und gilt nicht mehr"),
            new Warning(
                    door.waitlisted().ticketCode(),
                    "WAITLISTED",
                    "tone-warn",
                    "Noch auf der Warteliste",
                    "hat noch keinen Platz"),
            new Warning(
                    door.unconfirmed().ticketCode(),
                    "AWAITING_GUEST_CONFIRMATION",
                    "tone-warn",
                    "Anmeldung noch nicht bestätigt",
                    "noch nicht bestätigt; der Platz ist nur vorgemerkt"),
            new Warning(
                    door.awaitingApproval().ticketCode(),
                    "AWAITING_APPROVAL",
                    "tone-warn",
                    "Ticketkategorie noch nicht freigegeben",
                    "braucht eine Freigabe"),
            new Warning(
                    door.otherCongressGuest().ticketCode(),
                    "OTHER_CONGRESS",
                    "tone-stop",
                    "Ticket für einen anderen Kongress",
                    "Dieses Ticket gilt für „" + door.otherTitle() + "“"),
            new Warning(
                    "K7QX-4M2P-9HRT-B3WC",
                    "UNKNOWN_CODE",
                    "tone-stop",
                    "Unbekannter Ticketcode",
                    "nach dem Namen suchen"),
            new Warning(
                    "K7QX-4M2P-9HRT", "UNREADABLE_CODE", "tone-stop", "Kein gültiger Ticketcode", "noch einmal scannen")
        }) {
            scan(warning.scanned());

            assertThat(outcome()).as(warning.outcome()).isEqualTo(warning.outcome());
            assertThat(result().hasClassName(warning.tone()))
                    .as(warning.outcome())
                    .isTrue();
            assertThat(text("check-in-verdict")).as(warning.outcome()).isEqualTo(warning.verdict());
            assertThat(text("check-in-advice")).as(warning.outcome()).contains(warning.advice());
            _assertNone(Button.class, spec -> spec.withId("check-in-undo"));
        }
        // The holder of another congress's ticket stays unnamed.
        _assertNone(com.vaadin.flow.component.html.H3.class, spec -> spec.withId("check-in-name"));
        assertThat(text("check-in-counter")).isEqualTo("1 von 5 eingecheckt");
    }

    @Test
    void a_name_search_lists_the_people_and_one_click_checks_in() {
        openDesk("Eingang Nord");

        scan("a");
        assertThat(text("check-in-matches-message")).isEqualTo("Bitte mindestens 2 Zeichen eingeben.");
        scan("Niemand Hier");
        assertThat(text("check-in-matches-message")).isEqualTo("Niemand gefunden zu „Niemand Hier“.");

        scan("wa");
        String matches = text("check-in-matches");
        assertThat(matches)
                .contains("2 gefunden zu „wa“", "Wiebke Warnholz", "Lotsenhaus", "Wilma Warte", "Warteliste");
        _click(_get(
                Button.class,
                spec -> spec.withId(
                        "check-in-match-" + door.waitingForWorkshop().registrationId())));

        assertThat(outcome()).isEqualTo("CHECKED_IN");
        assertThat(text("check-in-workshops"))
                .contains(door.workshopTitle(), "Warteliste: " + door.fullWorkshopTitle());
        assertThat(text("check-in-payment")).isEqualTo("Zahlungkostenfrei");
        _assertNone(Div.class, spec -> spec.withId("check-in-matches"));

        scan("Warnholz");
        assertThat(text("check-in-matches")).contains("eingecheckt 09:00, Platz Eingang Nord");

        // An organisation with digits looks like a code, and is found as an organisation.
        scan("Institut Arbeit 4.0");
        assertThat(text("check-in-matches")).contains("Jonas Ehlers");
        _assertNone(Div.class, spec -> spec.withId("check-in-result"));
    }

    @Test
    void a_check_in_can_be_undone_for_a_few_minutes() {
        openDesk("Eingang Nord");
        scan(door.confirmed().ticketCode());
        assertThat(text("check-in-undo")).isEqualTo("Rückgängig machen (bis 09:05)");

        _click(_get(Button.class, spec -> spec.withId("check-in-undo")));

        assertThat(outcome()).isEqualTo("UNDONE");
        assertThat(result().hasClassName("tone-info")).isTrue();
        assertThat(text("check-in-advice")).contains("Hanna Petersen", "wieder eingecheckt werden");
        assertThat(text("check-in-counter")).isEqualTo("0 von 5 eingecheckt");
        scan(door.confirmed().ticketCode());
        assertThat(outcome()).isEqualTo("CHECKED_IN");
    }

    @Test
    void the_counter_follows_the_other_desks_while_the_page_is_open() {
        openDesk("Eingang Nord");
        assertThat(broadcaster.listening(door.congressId())).isOne();

        Acting.run(
                testMembers.admin(),
                () -> checkIns.checkInTicket(door.congressId(), door.confirmed().ticketCode(), "Süd"));

        awaitOnPage(() -> text("check-in-counter"), "1 von 5 eingecheckt");
        navigate("einlass");
        assertThat(broadcaster.listening(door.congressId())).isZero();
    }

    @Test
    void before_the_door_opens_the_door_team_sees_a_notice_and_nobody() {
        clock.set(DoorScenario.DOORS_OPEN.minus(Duration.ofDays(3)));
        login(testMembers.checkIn());

        navigate(desk());

        assertThat(text("check-in-closed")).contains("noch nicht geöffnet");
        _assertNone(TextField.class, spec -> spec.withId("check-in-input"));
        _assertNone(Span.class, spec -> spec.withId("check-in-counter"));
    }

    @Test
    void the_way_in_lists_the_open_congresses_and_opens_the_only_one_at_once() {
        login(testMembers.checkIn());
        navigate("einlass");
        assertThat(_get(Div.class, spec -> spec.withId("check-in-congresses"))
                        .getElement()
                        .getTextRecursively())
                .contains(door.title());

        // Years after every other test's congress: only this one is open.
        Instant later = DoorScenario.DOORS_OPEN.plus(Duration.ofDays(3 * 365 + 1));
        clock.set(later);
        long only = scenario.congressOn(later);
        navigate("start");
        navigate("einlass");
        assertThat(currentView()).isInstanceOf(CheckInView.class);
        assertThat(text("check-in-congress")).contains("Fachkongress Wettlauf");

        clock.set(later.plus(Duration.ofDays(400)));
        navigate("start");
        navigate("einlass");
        assertThat(text("check-in-none")).startsWith("Zurzeit ist kein Einlass geöffnet");
        assertThat(only).isPositive();
    }

    @Test
    void the_navigation_offers_the_door_to_the_door_team_and_admins_only_and_members_are_refused() {
        login(testMembers.checkIn());
        navigate("start");
        _get(SideNavItem.class, spec -> spec.withId("nav-check-in"));
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-administration"));

        loginAsAdmin();
        navigate("start");
        _get(SideNavItem.class, spec -> spec.withId("nav-check-in"));

        loginAsMember();
        navigate("start");
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-check-in"));
        navigate(desk());
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        _assertNone(TextField.class, spec -> spec.withId("check-in-input"));
    }

    @Test
    void an_unknown_or_draft_congress_is_not_found() {
        login(testMembers.checkIn());
        navigate("einlass/" + scenario.draft());
        assertThat(currentView()).isInstanceOf(de.ddnhamburg.network.ui.error.NotFoundView.class);
        navigate("einlass/99999999");
        assertThat(currentView()).isInstanceOf(de.ddnhamburg.network.ui.error.NotFoundView.class);
    }

    private String desk() {
        return "einlass/" + door.congressId();
    }

    private void openDesk(String name) {
        login(testMembers.checkIn());
        navigate(desk());
        FieldInput.setValueAsUser(_get(TextField.class, spec -> spec.withId("check-in-desk-name")), name);
        _click(_get(Button.class, spec -> spec.withId("check-in-desk-save")));
    }

    /** What a hand scanner (or a quick typist) does: types into the field and presses Enter. */
    private void scan(String typed) {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("event.key === 'Enter'", true);
        event.put("element.value", typed);
        BasicUtilsKt._fireDomEvent(input(), "keydown", event);
    }

    private TextField input() {
        return _get(TextField.class, spec -> spec.withId("check-in-input"));
    }

    private Div result() {
        return _get(Div.class, spec -> spec.withId("check-in-result"));
    }

    private String outcome() {
        return result().getElement().getAttribute("data-outcome");
    }

    private String resultText() {
        return result().getElement().getTextRecursively();
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id))
                .getElement()
                .getTextRecursively();
    }

    /** The broadcaster tells pages on its own thread; Karibu runs the queued UI.access tasks here. */
    private static void awaitOnPage(Supplier<String> text, String expected) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!text.get().contains(expected) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            MockVaadin.runUIQueue();
        }
        assertThat(text.get()).contains(expected);
    }
}
