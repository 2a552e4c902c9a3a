package de.ddnhamburg.network.ui.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The frame of the member area: side navigation, language and the user menu. Navigation entries
 * appear only for views the user may open (read from the views' own access annotations), and only
 * for features that exist.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ContactReadService contacts;
    private final CongressReadService congresses;
    private final Span contactsBadge = new Span();
    private final Main main = new Main();
    private final PrivacyNoticeService privacyNotice;
    private final ApprovalsService approvals;
    private final Span approvalsBadge = new Span();
    private final ContentScroll contentScroll = new ContentScroll();
    private boolean showsApprovals;
    private @Nullable SideNavItem administration;
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

        RouterLink brand = new RouterLink(MemberHomeView.class);
        brand.add(BrandMark.create(getTranslation("app.name"), getTranslation("app.tagline")));
        brand.addClassName("brand-link");
        addToDrawer(brand, new Scroller(navigation(accessChecker)));

        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        // The member's congress registration: while a congress is announced, or as long as they have one.
        boolean congress = !congressOptions.upcoming().isEmpty() || congressRegistrations.any();
        Header header = new Header(
                new SkipLink(),
                toggle,
                spacer,
                new LanguageSwitch(languagePreference),
                userMenu(me, authentication, congress));
        header.addClassName("main-header");
        addToNavbar(header);

        // AppLayout's own parts are plain divs: the landmarks come from here.
        main.setId(SkipLink.MAIN_ID);
        main.addClassName("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        Footer footer = new Footer(new LegalLinks());
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
        SideNavItem start =
                new SideNavItem(getTranslation("nav.start"), MemberHomeView.class, VaadinIcon.HOME.create());
        start.setId("nav-start");
        nav.addItem(start);
        SideNavItem members =
                new SideNavItem(getTranslation("nav.members"), MemberDirectoryView.class, VaadinIcon.USERS.create());
        members.setId("nav-members");
        // The profile pages of other members belong to this entry as well.
        members.setMatchNested(true);
        nav.addItem(members);
        SideNavItem groups = new SideNavItem(getTranslation("nav.groups"), GroupsView.class, VaadinIcon.GROUP.create());
        groups.setId("nav-groups");
        groups.setMatchNested(true);
        nav.addItem(groups);
        SideNavItem eventsItem =
                new SideNavItem(getTranslation("nav.events"), EventsView.class, VaadinIcon.CALENDAR.create());
        eventsItem.setId("nav-events");
        eventsItem.setMatchNested(true);
        nav.addItem(eventsItem);
        congresses.current().ifPresent(current -> {
            SideNavItem congressItem = new SideNavItem(
                    getTranslation("nav.congress"),
                    CongressView.class,
                    new RouteParameters(Map.of(CongressView.ID, String.valueOf(current.id()))),
                    VaadinIcon.ACADEMY_CAP.create());
            congressItem.setId("nav-congress");
            congressItem.setMatchNested(true);
            nav.addItem(congressItem);
        });
        // The congress door: for the door team and admins.
        if (accessChecker.hasAccess(CheckInStartView.class)) {
            SideNavItem checkIn =
                    new SideNavItem(getTranslation("nav.checkIn"), CheckInStartView.class, VaadinIcon.BARCODE.create());
            checkIn.setId("nav-check-in");
            checkIn.setMatchNested(true);
            nav.addItem(checkIn);
        }
        SideNavItem contactsItem =
                new SideNavItem(getTranslation("nav.contacts"), ContactsView.class, VaadinIcon.CONNECT.create());
        contactsItem.setId("nav-contacts");
        contactsBadge.setId("nav-contacts-badge");
        contactsBadge.getElement().getThemeList().add("badge primary pill small");
        contactsItem.setSuffixComponent(contactsBadge);
        nav.addItem(contactsItem);
        if (accessChecker.hasAccess(SecurityLogView.class)) {
            SideNavItem admin = new SideNavItem(
                    getTranslation("nav.administration"), SecurityLogView.class, VaadinIcon.COG.create());
            admin.setId("nav-administration");
            admin.setMatchNested(true);
            approvalsBadge.setId("nav-administration-badge");
            approvalsBadge.getElement().getThemeList().add("badge primary pill small");
            admin.setSuffixComponent(approvalsBadge);
            nav.addItem(admin);
            administration = admin;
            // A top-level item: a nested one gives the administration item a toggle whose
            // aria-controls points into its shadow root, which axe rates critical.
            if (accessChecker.hasAccess(CongressAdministrationView.class)) {
                SideNavItem congressAdmin = new SideNavItem(
                        getTranslation("nav.congressAdministration"),
                        CongressAdministrationView.class,
                        VaadinIcon.ACADEMY_CAP.create());
                congressAdmin.setId("nav-congress-administration");
                congressAdmin.setMatchNested(true);
                nav.addItem(congressAdmin);
            }
            showsApprovals = true;
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
        if (showsApprovals) {
            long waiting = approvals.waiting().total();
            approvalsBadge.setText(String.valueOf(waiting));
            approvalsBadge.getElement().setAttribute("aria-label", getTranslation("nav.administration.badge", waiting));
            approvalsBadge.setVisible(waiting > 0);
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
        contactsBadge.setText(String.valueOf(open));
        contactsBadge.getElement().setAttribute("aria-label", getTranslation("nav.contacts.badge", open));
        contactsBadge.setVisible(open > 0);
    }

    private MenuBar userMenu(MemberSummary me, AuthenticationContext authentication, boolean congress) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(me.displayName());
        avatar.addClassName("user-avatar");
        Span name = new Span(me.displayName());
        name.addClassName("user-name");
        Div trigger = new Div(avatar, name);
        trigger.addClassName("user-menu-trigger");
        var root = menu.addItem(trigger);
        root.setAriaLabel(getTranslation("nav.userMenu"));
        var profile = root.getSubMenu()
                .addItem(
                        getTranslation("nav.ownProfile"),
                        click -> getUI().ifPresent(ui -> ui.navigate(ProfileEditView.class)));
        profile.setId("own-profile");
        var account = root.getSubMenu()
                .addItem(
                        getTranslation("nav.account"),
                        click -> getUI().ifPresent(ui -> ui.navigate(AccountView.class)));
        account.setId("account");
        if (congress) {
            var congressRegistration = root.getSubMenu()
                    .addItem(
                            getTranslation("nav.congressMine"),
                            click -> getUI().ifPresent(ui -> ui.navigate(MyCongressRegistrationView.class)));
            congressRegistration.setId("congress-registration");
        }
        var logout = root.getSubMenu().addItem(getTranslation("nav.logout"), click -> authentication.logout());
        logout.setId("logout");
        return menu;
    }
}
