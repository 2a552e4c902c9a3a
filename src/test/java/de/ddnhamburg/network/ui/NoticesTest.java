package de.ddnhamburg.network.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.ui.components.Notices;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class NoticesTest extends KaribuTest {

    @Autowired
    UiErrorHandler errorHandler;

    @Test
    void a_success_is_translated_and_appears_quietly_at_the_bottom() {
        Notices.success("member.edit.saved");

        Notification notice = getNotifications().getFirst();
        expectNotifications("Ihr Profil wurde gespeichert.");
        assertThat(notice.getPosition()).isEqualTo(Notification.Position.BOTTOM_START);
        assertThat(notice.getThemeNames()).containsExactly("success");
        assertThat(notice.isAssertive()).isFalse();
    }

    @Test
    void an_error_from_a_local_catch_looks_like_one_from_the_error_handler() {
        Notices.problem(new DomainException("error.notAllowed"));
        errorHandler.error(new ErrorEvent(new AccessDeniedException("no")));

        List<Notification> notices = getNotifications();
        expectNotifications("Dazu fehlt Ihnen die Berechtigung.", "Dazu fehlt Ihnen die Berechtigung.");
        assertThat(notices).allSatisfy(notice -> {
            assertThat(notice.getPosition()).isEqualTo(Notification.Position.MIDDLE);
            assertThat(notice.getThemeNames()).containsExactly("error");
            assertThat(notice.isAssertive()).isTrue();
        });
        assertThat(notices.get(0).getDuration())
                .isEqualTo(notices.get(1).getDuration())
                .isGreaterThan(Notices.success("member.edit.saved").getDuration());
    }

    @Test
    void a_browser_that_went_away_during_a_request_gets_no_error_and_an_unexpected_error_does() {
        errorHandler.error(new ErrorEvent(
                new org.apache.catalina.connector.ClientAbortException(new java.io.IOException("Broken pipe"))));
        assertThat(getNotifications()).as("nobody is there to read it").isEmpty();

        errorHandler.error(new ErrorEvent(new IllegalStateException("a bug")));
        assertThat(getNotifications()).hasSize(1);
    }
}
