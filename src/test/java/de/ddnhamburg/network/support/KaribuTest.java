package de.ddnhamburg.network.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.QueryParameters;
import de.ddnhamburg.network.domain.member.LoginAccount;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one base class of all browserless UI tests: a real Spring context (H2 in memory), Vaadin
 * mocked by Karibu, and the security context bridged into the fake servlet request so that
 * Vaadin's route access checks see who is signed in.
 */
@IntegrationTest
public abstract class KaribuTest {

    public static final Routes ROUTES = new Routes().autoDiscoverViews("de.ddnhamburg.network");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestMembers testMembers;

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session) {
                @Override
                public Principal getUserPrincipal() {
                    Authentication authentication =
                            SecurityContextHolder.getContext().getAuthentication();
                    return authentication == null || authentication instanceof AnonymousAuthenticationToken
                            ? null
                            : authentication;
                }
            };
            // A browser set to German, the network's language; tests of English switch explicitly.
            request.setLocaleInt(Locale.GERMANY);
            request.setUserInRole((principal, role) -> principal instanceof Authentication authentication
                    && authentication.getAuthorities().stream()
                            .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
    }

    /** Signs in as the given account and starts a fresh UI, as after a real login. */
    protected void login(LoginAccount account) {
        SecurityTestSupport.signIn(account);
        UI.getCurrent().getPage().reload();
    }

    protected void loginAsMember() {
        login(testMembers.member());
    }

    protected void loginAsAdmin() {
        login(testMembers.admin());
    }

    protected void navigate(Class<? extends Component> view) {
        UI.getCurrent().navigate(view);
    }

    /** Navigates like a click on a link; a query ({@code mitglieder?thema=x}) is passed on. */
    protected void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /**
     * Opens an address as if typed into the browser. {@code UI.navigate} hands addresses without a
     * server route to the client-side router, which Karibu does not have; a page load does not.
     */
    protected void openAddress(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    /** Opens a path with a query parameter that has no value, like {@code login?error}. */
    protected void navigateWithFlag(String path, String flag) {
        UI.getCurrent().navigate(path, QueryParameters.simple(Map.of(flag, "")));
    }

    protected Component currentView() {
        return UI.getCurrent().getCurrentView();
    }
}
