package de.ddnhamburg.network.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import de.ddnhamburg.network.domain.congress.DoorScenario;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.ui.account.AccountView;
import de.ddnhamburg.network.ui.account.ConfirmEmailChangeView;
import de.ddnhamburg.network.ui.account.ConfirmRegistrationView;
import de.ddnhamburg.network.ui.account.ForgotPasswordView;
import de.ddnhamburg.network.ui.account.JoinView;
import de.ddnhamburg.network.ui.account.LoginView;
import de.ddnhamburg.network.ui.account.ResetPasswordView;
import de.ddnhamburg.network.ui.admin.DataRequestsView;
import de.ddnhamburg.network.ui.admin.MemberAdministrationView;
import de.ddnhamburg.network.ui.admin.OutboxView;
import de.ddnhamburg.network.ui.admin.SecurityLogView;
import de.ddnhamburg.network.ui.announcement.AnnouncementsView;
import de.ddnhamburg.network.ui.congress.CongressSessionView;
import de.ddnhamburg.network.ui.congress.CongressView;
import de.ddnhamburg.network.ui.congress.admin.CongressAdministrationView;
import de.ddnhamburg.network.ui.congress.admin.CongressDashboardView;
import de.ddnhamburg.network.ui.congress.admin.CongressEditorView;
import de.ddnhamburg.network.ui.congress.admin.CongressInvoicesView;
import de.ddnhamburg.network.ui.congress.admin.CongressRegistrationsView;
import de.ddnhamburg.network.ui.congress.checkin.CheckInStartView;
import de.ddnhamburg.network.ui.congress.checkin.CheckInView;
import de.ddnhamburg.network.ui.congress.print.CongressPrintView;
import de.ddnhamburg.network.ui.congress.registration.CongressApprovalsView;
import de.ddnhamburg.network.ui.congress.registration.CongressGuestConfirmView;
import de.ddnhamburg.network.ui.congress.registration.CongressRegistrationView;
import de.ddnhamburg.network.ui.congress.registration.GuestCongressRegistrationView;
import de.ddnhamburg.network.ui.congress.registration.MyCongressRegistrationView;
import de.ddnhamburg.network.ui.contact.ContactsView;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import de.ddnhamburg.network.ui.event.EventCreateView;
import de.ddnhamburg.network.ui.event.EventEditView;
import de.ddnhamburg.network.ui.event.EventParticipantsView;
import de.ddnhamburg.network.ui.event.EventView;
import de.ddnhamburg.network.ui.event.EventsView;
import de.ddnhamburg.network.ui.event.GuestCancelView;
import de.ddnhamburg.network.ui.event.GuestConfirmView;
import de.ddnhamburg.network.ui.event.PeopleMetView;
import de.ddnhamburg.network.ui.group.GroupView;
import de.ddnhamburg.network.ui.group.GroupsView;
import de.ddnhamburg.network.ui.legal.ImprintView;
import de.ddnhamburg.network.ui.legal.PrivacyView;
import de.ddnhamburg.network.ui.member.MemberDirectoryView;
import de.ddnhamburg.network.ui.member.MemberProfileView;
import de.ddnhamburg.network.ui.member.ProfileEditView;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import de.ddnhamburg.network.ui.start.PublicHomeView;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route, opened by a guest, a member and an admin, lands where it should. A new route
 * without a row here fails {@link #every_route_has_an_expected_outcome()}: access is decided
 * deliberately, never by accident.
 */
class AccessMatrixTest extends KaribuTest {

    enum Who {
        GUEST,
        MEMBER,
        ADMIN,
        /** A member of the congress door team (role CHECK_IN): a member's rights plus the check-in view. */
        CHECK_IN
    }

    /**
     * Where each role lands when it opens the route. The door team lands where a member does,
     * except where a row says otherwise (the check-in views): the role opens nothing else.
     */
    record Outcome(
            Class<? extends Component> guest,
            Class<? extends Component> member,
            Class<? extends Component> admin,
            Class<? extends Component> checkIn) {

        Outcome(Class<? extends Component> guest, Class<? extends Component> member, Class<? extends Component> admin) {
            this(guest, member, admin, member);
        }

        Class<? extends Component> of(Who who) {
            return switch (who) {
                case GUEST -> guest;
                case MEMBER -> member;
                case ADMIN -> admin;
                case CHECK_IN -> checkIn;
            };
        }

        static Outcome everybody(Class<? extends Component> view) {
            return new Outcome(view, view, view);
        }
    }

    static final Map<Class<? extends Component>, Outcome> EXPECTED = Map.ofEntries(
            Map.entry(
                    PublicHomeView.class,
                    new Outcome(PublicHomeView.class, MemberHomeView.class, MemberHomeView.class)),
            Map.entry(LoginView.class, new Outcome(LoginView.class, MemberHomeView.class, MemberHomeView.class)),
            Map.entry(ImprintView.class, Outcome.everybody(ImprintView.class)),
            Map.entry(PrivacyView.class, Outcome.everybody(PrivacyView.class)),
            Map.entry(MemberHomeView.class, new Outcome(LoginView.class, MemberHomeView.class, MemberHomeView.class)),
            Map.entry(
                    SecurityLogView.class, new Outcome(LoginView.class, AccessDeniedView.class, SecurityLogView.class)),
            Map.entry(
                    MemberDirectoryView.class,
                    new Outcome(LoginView.class, MemberDirectoryView.class, MemberDirectoryView.class)),
            Map.entry(
                    MemberProfileView.class,
                    new Outcome(LoginView.class, MemberProfileView.class, MemberProfileView.class)),
            Map.entry(
                    ProfileEditView.class, new Outcome(LoginView.class, ProfileEditView.class, ProfileEditView.class)),
            Map.entry(OutboxView.class, new Outcome(LoginView.class, AccessDeniedView.class, OutboxView.class)),
            Map.entry(
                    DataRequestsView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, DataRequestsView.class)),
            Map.entry(
                    MemberAdministrationView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, MemberAdministrationView.class)),
            Map.entry(JoinView.class, new Outcome(JoinView.class, MemberHomeView.class, MemberHomeView.class)),
            Map.entry(ConfirmRegistrationView.class, Outcome.everybody(ConfirmRegistrationView.class)),
            Map.entry(ForgotPasswordView.class, Outcome.everybody(ForgotPasswordView.class)),
            Map.entry(ResetPasswordView.class, Outcome.everybody(ResetPasswordView.class)),
            Map.entry(ConfirmEmailChangeView.class, Outcome.everybody(ConfirmEmailChangeView.class)),
            Map.entry(AccountView.class, new Outcome(LoginView.class, AccountView.class, AccountView.class)),
            Map.entry(ContactsView.class, new Outcome(LoginView.class, ContactsView.class, ContactsView.class)),
            Map.entry(GroupsView.class, new Outcome(LoginView.class, GroupsView.class, GroupsView.class)),
            Map.entry(GroupView.class, new Outcome(LoginView.class, GroupView.class, GroupView.class)),
            Map.entry(EventsView.class, Outcome.everybody(EventsView.class)),
            // Guests see public events (a members' event answers "not found" to them: GuestRegistrationFormTest).
            Map.entry(EventView.class, Outcome.everybody(EventView.class)),
            Map.entry(GuestConfirmView.class, Outcome.everybody(GuestConfirmView.class)),
            Map.entry(GuestCancelView.class, Outcome.everybody(GuestCancelView.class)),
            // Organisers only: the plain member is no moderator, so creating and editing are refused.
            Map.entry(
                    EventCreateView.class, new Outcome(LoginView.class, AccessDeniedView.class, EventCreateView.class)),
            Map.entry(EventEditView.class, new Outcome(LoginView.class, AccessDeniedView.class, EventEditView.class)),
            // Every member may open the route; the service lets only the event's organisers in.
            Map.entry(
                    EventParticipantsView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, EventParticipantsView.class)),
            // Every member may open it; who was not there is told so, and sees nobody (PeopleMetViewTest).
            Map.entry(PeopleMetView.class, new Outcome(LoginView.class, PeopleMetView.class, PeopleMetView.class)),
            // A published congress and its sessions are public; a draft is "not found" (CongressViewTest).
            Map.entry(CongressView.class, Outcome.everybody(CongressView.class)),
            Map.entry(CongressSessionView.class, Outcome.everybody(CongressSessionView.class)),
            Map.entry(
                    CongressAdministrationView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, CongressAdministrationView.class)),
            Map.entry(
                    CongressEditorView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, CongressEditorView.class)),
            // The congress desk: admins only; the door team (CHECK_IN) lands where a member does.
            Map.entry(
                    CongressDashboardView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, CongressDashboardView.class)),
            Map.entry(
                    CongressRegistrationsView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, CongressRegistrationsView.class)),
            // Congress registration: the wizard and the guests' links are open; a link that does not
            // work says so on the page (CongressGuestConfirmViewTest, MyCongressRegistrationViewTest).
            Map.entry(CongressRegistrationView.class, Outcome.everybody(CongressRegistrationView.class)),
            Map.entry(CongressGuestConfirmView.class, Outcome.everybody(CongressGuestConfirmView.class)),
            Map.entry(GuestCongressRegistrationView.class, Outcome.everybody(GuestCongressRegistrationView.class)),
            Map.entry(
                    MyCongressRegistrationView.class,
                    new Outcome(LoginView.class, MyCongressRegistrationView.class, MyCongressRegistrationView.class)),
            Map.entry(
                    CongressApprovalsView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, CongressApprovalsView.class)),
            Map.entry(
                    AnnouncementsView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, AnnouncementsView.class)),
            // The congress door: admins and the door team (CheckInViewTest: what the door team sees when).
            Map.entry(
                    CheckInStartView.class,
                    new Outcome(
                            LoginView.class, AccessDeniedView.class, CheckInStartView.class, CheckInStartView.class)),
            Map.entry(
                    CheckInView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, CheckInView.class, CheckInView.class)),
            Map.entry(
                    CongressPrintView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, CongressPrintView.class)),
            Map.entry(
                    CongressInvoicesView.class,
                    new Outcome(LoginView.class, AccessDeniedView.class, CongressInvoicesView.class)));

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    EventService events;

    @Autowired
    MutableClock clock;

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    DoorScenario doors;

    /** Routes with parameters are opened at one real address; the others by their class. */
    private String addressOf(Class<? extends Component> route) {
        if (route == MemberProfileView.class) {
            return "mitglieder/" + testMembers.member().memberId();
        }
        if (route == GroupView.class) {
            return "fachgruppen/"
                    + Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        }
        if (route == EventEditView.class) {
            return "veranstaltungen/"
                    + Events.published(testMembers, events, Events.draft(clock, EventFormat.HYBRID, 5, null))
                    + "/bearbeiten";
        }
        if (route == EventView.class) {
            return "veranstaltungen/"
                    + Events.published(
                            testMembers,
                            events,
                            Events.draft(clock, EventFormat.HYBRID, 5, null)
                                    .withAudience(EventAudience.PUBLIC, null, java.util.Set.of(), true));
        }
        if (route == PeopleMetView.class) {
            return "veranstaltungen/"
                    + Events.published(testMembers, events, Events.draft(clock, EventFormat.HYBRID, 5, null))
                    + "/getroffen";
        }
        if (route == EventParticipantsView.class) {
            return "veranstaltungen/"
                    + Events.published(testMembers, events, Events.draft(clock, EventFormat.HYBRID, 5, null))
                    + "/teilnehmende";
        }
        if (route == CongressDashboardView.class || route == CongressRegistrationsView.class) {
            long id = Congresses.build(testMembers, context, clock, true).congressId();
            return "verwaltung/kongress/" + id
                    + (route == CongressDashboardView.class ? "/uebersicht" : "/anmeldungen");
        }
        if (route == CongressView.class || route == CongressSessionView.class || route == CongressEditorView.class) {
            Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
            return route == CongressView.class
                    ? "kongress/" + congress.congressId()
                    : route == CongressSessionView.class
                            ? "kongress/" + congress.congressId() + "/sitzung/" + congress.workshopId()
                            : "verwaltung/kongress/" + congress.congressId();
        }
        if (route == CongressInvoicesView.class) {
            return "verwaltung/kongress/"
                    + Congresses.build(testMembers, context, clock, true).congressId() + "/rechnungen";
        }
        if (route == CheckInView.class || route == CheckInStartView.class) {
            // On the congress's day, when the door team may open the desk; with two congresses open,
            // the way in lists them rather than opening the only one.
            clock.set(DoorScenario.DOORS_OPEN);
            long congressId = doors.congressWithConfirmed(1);
            doors.congressWithConfirmed(1);
            return route == CheckInView.class ? "einlass/" + congressId : "einlass";
        }
        if (route == CongressPrintView.class) {
            return "verwaltung/kongress/"
                    + Congresses.build(testMembers, context, clock, true).congressId()
                    + "/druck-und-export";
        }
        if (route == CongressRegistrationView.class) {
            return "kongress/" + scenario.published().id() + "/anmelden";
        }
        return RouteConfiguration.forSessionScope().getUrl(route);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void every_route_has_an_expected_outcome() {
        assertThat(EXPECTED.keySet())
                .as("routes discovered in the application; add new ones to EXPECTED")
                .containsExactlyInAnyOrderElementsOf(ROUTES.getRoutes());
    }

    static Stream<Arguments> routesAndRoles() {
        return EXPECTED.keySet().stream()
                .sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
                .flatMap(route -> Stream.of(Who.values()).map(who -> Arguments.of(route.getSimpleName(), who, route)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndRoles")
    void route_lands_where_expected(String name, Who who, Class<? extends Component> route) {
        @Nullable
        Supplier<LoginAccount> account = switch (who) {
            case GUEST -> null;
            case MEMBER -> testMembers::member;
            case ADMIN -> testMembers::admin;
            case CHECK_IN -> testMembers::checkIn;
        };
        if (account != null) {
            login(account.get());
        }

        navigate(addressOf(route));

        assertThat(currentView())
                .isInstanceOf(Objects.requireNonNull(EXPECTED.get(route), "the routes come from EXPECTED")
                        .of(who));
    }
}
