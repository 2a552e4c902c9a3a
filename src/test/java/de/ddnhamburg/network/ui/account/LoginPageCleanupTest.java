package de.ddnhamburg.network.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.member.MemberDirectoryView;
import org.junit.jupiter.api.Test;

/**
 * The login page's UI does not stay in the session after its sign-in worked: the start page the
 * browser loads next closes it (issue 13, point 3). Other pages of the session stay.
 */
class LoginPageCleanupTest extends KaribuTest {

    @Test
    void the_page_opened_after_signing_in_closes_the_login_page() {
        navigate(LoginView.class);
        UI loginPage = UI.getCurrent();

        UI startPage = anotherPage();
        LoginPageCleanup.closeLoginPages(startPage);

        assertThat(loginPage.isClosing()).isTrue();
        assertThat(startPage.isClosing()).isFalse();
    }

    @Test
    void pages_other_than_the_login_page_stay_open() {
        loginAsMember();
        navigate(MemberDirectoryView.class);
        UI directory = UI.getCurrent();

        LoginPageCleanup.closeLoginPages(anotherPage());

        assertThat(directory.isClosing()).isFalse();
    }

    /** A second tab's UI in the same session, as the browser's next page load makes. */
    private static UI anotherPage() {
        VaadinSession session = VaadinSession.getCurrent();
        UI page = new UI();
        page.getInternals().setSession(session);
        page.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
        session.addUI(page);
        return page;
    }
}
