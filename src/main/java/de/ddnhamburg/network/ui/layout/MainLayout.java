package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.ddnhamburg.network.domain.congress.CongressReadService;
import de.ddnhamburg.network.domain.congress.MyCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationOptionsService;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.group.ApprovalsService;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.MemberSummary;
import de.ddnhamburg.network.domain.member.PrivacyNoticeService;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.account.AccountView;
import de.ddnhamburg.network.ui.admin.SecurityLogView;
import de.ddnhamburg.network.ui.components.LanguageSwitch;
import de.ddnhamburg.network.ui.congress.CongressView;
import de.ddnhamburg.network.ui.congress.admin.CongressAdministrationView;
import de.ddnhamburg.network.ui.congress.checkin.CheckInStartView;
import de.ddnhamburg.network.ui.congress.registration.MyCongressRegistrationView;
import de.ddnhamburg.network.ui.contact.ContactsChanged;
import de.ddnhamburg.network.ui.contact.ContactsView;
import de.ddnhamburg.network.ui.event.EventsView;
import de.ddnhamburg.network.ui.group.GroupsView;
import de.ddnhamburg.network.ui.i18n.LanguagePreference;
import de.ddnhamburg.network.ui.legal.PrivacyNoteDialog;
import de.ddnhamburg.network.ui.member.MemberDirectoryView;
import de.ddnhamburg.network.ui.member.ProfileEditView;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The frame of the member area: side navigation, language and the user menu. Navigation entries
 * appear only for views the user may open (read from the views' own access annotations), and only
 * for features that exist. Entries, legal links, language buttons and user menu are Vaadin's web
 * components with their content drawn by the browser ({@link NavEntry}, {@link UserMenu}): every
 * signed-in tab holds this frame, so each state node here costs every session (docs/benchmarks.md,
 * "Memory per session").
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ContactReadService contacts;
    private final CongressReadService congresses;
    private final Main main = new Main();
    private final PrivacyNoticeService privacyNotice;
    private final ApprovalsService approvals;
    private final ContentScroll contentScroll = new ContentScroll();
    private final NavEntry contactsItem;
    private @Nullable NavEntry administration;
    private @Nullable Registration contactsChanged;

    public MainLayout(
            AuthenticationContext authentication,
            AccessAnnotationChecker accessChecker,
            MemberService members,
            ContactReadService contacts,
            LanguagePreference languagePreference,
            PrivacyNoticeService privacyNotice,
            ApprovalsService approvals,
            CongressReadService congresses,
            RegistrationOptionsService congressOptions,
            MyCongressRegistrationService congressRegistrations) {
        this.contacts = contacts;
        this.congresses = congresses;
        this.approvals = approvals;
        this.privacyNotice = privacyNotice;
        addClassName("main-layout");
        setPrimarySection(Section.DRAWER);
        MemberSummary me = members.getCurrentMember();
        contactsItem =
                new NavEntry("nav-contacts", getTranslation("nav.contacts"), VaadinIcon.CONNECT, ContactsView.class);

        RouterLink brand = new RouterLink(MemberHomeView.class);
        BrandMark.into(brand, getTranslation("app.name"), getTranslation("app.tagline"));
        brand.addClassName("brand-link");
        addToDrawer(brand, new Scroller(navigation(accessChecker)));

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        // The member's congress registration: while a congress is announced, or as long as they have one.
        boolean congress = !congressOptions.upcoming().isEmpty() || congressRegistrations.any();
        Header header = new Header(
                new SkipLink(), toggle, new LanguageSwitch(languagePreference), userMenu(me, authentication, congress));
        header.addClassName("main-header");
        addToNavbar(header);

        // AppLayout's own parts are plain divs: the landmarks come from here.
        main.setId(SkipLink.MAIN_ID);
        main.addClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        Footer footer = new Footer(LegalLinks.of());
        footer.addClassName("main-footer");
        Div frame = new Div(main, footer);
        frame.addClassName("main-frame");
        setContent(frame);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }

    private SideNav navigation(AccessAnnotationChecker accessChecker) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        nav.addItem(new NavEntry("nav-start", getTranslation("nav.start"), VaadinIcon.HOME, MemberHomeView.class));
        NavEntry members =
                new NavEntry("nav-members", getTranslation("nav.members"), VaadinIcon.USERS, MemberDirectoryView.class);
        // The profile pages of other members belong to this entry as well.
        members.setMatchNested(true);
        nav.addItem(members);
        NavEntry groups = new NavEntry("nav-groups", getTranslation("nav.groups"), VaadinIcon.GROUP, GroupsView.class);
        groups.setMatchNested(true);
        nav.addItem(groups);
        NavEntry eventsItem =
                new NavEntry("nav-events", getTranslation("nav.events"), VaadinIcon.CALENDAR, EventsView.class);
        eventsItem.setMatchNested(true);
        nav.addItem(eventsItem);
        congresses.current().ifPresent(current -> {
            NavEntry congressItem = new NavEntry(
                    "nav-congress",
                    getTranslation("nav.congress"),
                    VaadinIcon.ACADEMY_CAP,
                    CongressView.class,
                    new RouteParameters(Map.of(CongressView.ID, String.valueOf(current.id()))));
            congressItem.setMatchNested(true);
            nav.addItem(congressItem);
        });
        // The congress door: for the door team and admins.
        if (accessChecker.hasAccess(CheckInStartView.class)) {
            NavEntry checkIn = new NavEntry(
                    "nav-check-in", getTranslation("nav.checkIn"), VaadinIcon.BARCODE, CheckInStartView.class);
            checkIn.setMatchNested(true);
            nav.addItem(checkIn);
        }
        nav.addItem(contactsItem);
        if (accessChecker.hasAccess(SecurityLogView.class)) {
            NavEntry admin = new NavEntry(
                    "nav-administration", getTranslation("nav.administration"), VaadinIcon.COG, SecurityLogView.class);
            admin.setMatchNested(true);
            nav.addItem(admin);
            administration = admin;
            // A top-level item: a nested one gives the administration item a toggle whose
            // aria-controls points into its shadow root, which axe rates critical.
            if (accessChecker.hasAccess(CongressAdministrationView.class)) {
                NavEntry congressAdmin = new NavEntry(
                        "nav-congress-administration",
                        getTranslation("nav.congressAdministration"),
                        VaadinIcon.ACADEMY_CAP,
                        CongressAdministrationView.class);
                congressAdmin.setMatchNested(true);
                nav.addItem(congressAdmin);
            }
        }
        return nav;
    }

    /** One count per navigation: cheap (an index look-up), and always current when the member moves on. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        contentScroll.afterNavigation(this, event);
        updateContactsBadge();
        if (administration != null) {
            // The browser highlights every entry whose path the address starts with; on the congress
            // administration's pages only "Fachkongress verwalten" is meant, not "Verwaltung" as well.
            String path = event.getLocation().getPath();
            administration.setMatchNested(!path.equals(RoutePaths.CONGRESS_ADMINISTRATION)
                    && !path.startsWith(RoutePaths.CONGRESS_ADMINISTRATION + "/"));
        }
        if (administration != null) {
            long waiting = approvals.waiting().total();
            administration.showCount(waiting, getTranslation("nav.administration.badge", waiting));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        contactsChanged =
                ComponentUtil.addListener(attachEvent.getUI(), ContactsChanged.class, event -> updateContactsBadge());
        PrivacyNoteDialog.askOncePerSession(attachEvent.getSession(), privacyNotice);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (contactsChanged != null) {
            contactsChanged.remove();
            contactsChanged = null;
        }
        super.onDetach(detachEvent);
    }

    private void updateContactsBadge() {
        long open = contacts.countOpenRequestsForMe();
        contactsItem.showCount(open, getTranslation("nav.contacts.badge", open));
    }

    private UserMenu userMenu(MemberSummary me, AuthenticationContext authentication, boolean congress) {
        List<UserMenu.Entry> entries = new ArrayList<>();
        entries.add(new UserMenu.Entry(
                "own-profile", getTranslation("nav.ownProfile"), () -> navigate(ProfileEditView.class)));
        entries.add(new UserMenu.Entry("account", getTranslation("nav.account"), () -> navigate(AccountView.class)));
        if (congress) {
            entries.add(new UserMenu.Entry(
                    "congress-registration",
                    getTranslation("nav.congressMine"),
                    () -> navigate(MyCongressRegistrationView.class)));
        }
        entries.add(new UserMenu.Entry("logout", getTranslation("nav.logout"), authentication::logout));
        return new UserMenu(me.displayName(), getTranslation("nav.userMenu"), entries);
    }

    private void navigate(Class<? extends Component> view) {
        getUI().ifPresent(ui -> ui.navigate(view));
    }
}
