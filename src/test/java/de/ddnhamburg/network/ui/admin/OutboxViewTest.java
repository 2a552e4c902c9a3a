package de.ddnhamburg.network.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._selectRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static de.ddnhamburg.network.support.OutboxRows.uniqueFact;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditEntryItem;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.mail.MailOutbox;
import de.ddnhamburg.network.domain.mail.MailRequest;
import de.ddnhamburg.network.domain.mail.MailStatus;
import de.ddnhamburg.network.domain.mail.MailTemplate;
import de.ddnhamburg.network.support.FieldInput;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.OutboxRows;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import de.ddnhamburg.network.ui.RoutePaths;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class OutboxViewTest extends KaribuTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    AuditService audit;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    private String recipient;
    private String fact;

    /**
     * Queued "in the future", so that the newest-first list shows this test's mail on top even though
     * other tests share the database; and not due, so that no other test's sender run touches it.
     */
    @BeforeEach
    void queueMail() {
        clock.set(Instant.parse("2035-01-01T09:00:00Z"));
        recipient = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        fact = uniqueFact("test.view");
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> outbox.enqueue(MailRequest.of(
                        fact, recipient, Locale.GERMAN, MailTemplate.WELCOME, "<b>Berta</b> & <script>Co</script>")));
        clock.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void admin_sees_the_newest_mail_first_and_filters_by_status() {
        loginAsAdmin();
        navigate(OutboxView.class);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(_getFormattedRow(grid, 0))
                .contains(recipient, "Willkommen bei ddn Hamburg", "Wartet", "0")
                .doesNotContain("Berta");
        assertThat(grid.getEmptyStateText())
                .isEqualTo("Der Postausgang ist leer. Sobald die Plattform E-Mails verschickt, erscheinen sie hier.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("outbox-log-only")).getText())
                .startsWith("Es ist kein SMTP-Server eingerichtet");

        status(MailStatus.SENT);
        for (int row = 0; row < Math.min(_size(grid), 20); row++) {
            assertThat(_getFormattedRow(grid, row)).doesNotContain(recipient).contains("Versendet");
        }
        status(MailStatus.PENDING);
        assertThat(_getFormattedRow(grid, 0)).contains(recipient);
    }

    @Test
    void opening_a_mail_shows_its_text_as_plain_text_and_is_audited() {
        loginAsAdmin();
        navigate(OutboxView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        _selectRow(grid, 0);
        assertThat(_get(H2.class, spec -> spec.withId("outbox-details-subject")).getText())
                .isEqualTo("Willkommen bei ddn Hamburg");
        _assertNone(Pre.class);

        _click(_get(Button.class, spec -> spec.withId("outbox-show-body")));

        Pre body = _get(Pre.class, spec -> spec.withId("outbox-body"));
        assertThat(body.getText()).startsWith("Guten Tag <b>Berta</b> & <script>Co</script>,");
        assertThat(body.getChildren()).as("text, never markup").isEmpty();
        assertThat(body.getElement().getProperty("innerHTML")).isNull();
        long id = rows().one(fact).id();
        SecurityTestSupport.signIn(testMembers.admin());
        assertThat(auditEntry(AuditAction.MAIL_OPENED, id).details()).isEqualTo(recipient);
    }

    @Test
    void a_failed_mail_is_sent_again_from_the_view_and_only_a_failed_one() {
        loginAsAdmin();
        navigate(OutboxView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        _selectRow(grid, 0);
        _assertNone(Button.class, spec -> spec.withId("outbox-retry"));

        new OutboxRows(jdbc).markFailed(fact, "MailSendException: Mail server connection failed");
        status(MailStatus.FAILED);
        assertThat(_getFormattedRow(grid, 0))
                .contains(recipient, "Fehlgeschlagen", "10", "MailSendException: Mail server connection failed");
        _selectRow(grid, 0);
        _click(_get(Button.class, spec -> spec.withId("outbox-retry")));

        expectNotifications("Die E-Mail wird beim nächsten Durchlauf erneut gesendet.");
        OutboxRows.Row row = rows().one(fact);
        assertThat(row.status()).isEqualTo("PENDING");
        assertThat(row.attempts()).isZero();
        _assertNone(Button.class, spec -> spec.withId("outbox-retry"));
        assertThat(_size(grid) == 0 || !_getFormattedRow(grid, 0).contains(recipient))
                .as("the failed filter no longer lists the mail")
                .isTrue();
        SecurityTestSupport.signIn(testMembers.admin());
        assertThat(auditEntry(AuditAction.MAIL_RETRIED, row.id()).actor()).isEqualTo(TestMembers.ADMIN);
    }

    @Test
    void the_administration_links_to_the_outbox() {
        loginAsAdmin();
        navigate(SecurityLogView.class);

        RouterLink link = _get(RouterLink.class, spec -> spec.withId("outbox-link"));

        assertThat(link.getHref()).isEqualTo(RoutePaths.OUTBOX);
        navigate(link.getHref());
        assertThat(currentView()).isInstanceOf(OutboxView.class);
    }

    @Test
    void member_gets_access_denied_and_no_mails() {
        loginAsMember();

        navigate(OutboxView.class);

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        _assertNone(Grid.class);
    }

    /** The log is shared by all tests of the context and sorted by time, so search it by target. */
    private AuditEntryItem auditEntry(AuditAction action, long mailId) {
        return audit.findPage(action, PageRequest.of(0, 200)).stream()
                .filter(entry -> ("mail:" + mailId).equals(entry.target()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " entry for mail " + mailId));
    }

    @SuppressWarnings("unchecked")
    private void status(MailStatus status) {
        FieldInput.setValueAsUser(_get(Select.class, spec -> spec.withId("outbox-filter")), status);
    }

    private OutboxRows rows() {
        return new OutboxRows(jdbc);
    }
}
