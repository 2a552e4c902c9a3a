package de.ddnhamburg.network.ui.legal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.PrivacyNoticeService;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.BrowserMarkup;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.OperatorSettings;
import de.ddnhamburg.network.ui.components.TextPage;
import de.ddnhamburg.network.ui.start.MemberHomeView;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@OperatorSettings
class LegalPagesTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PrivacyNoticeService privacyNotice;

    @Test
    void the_imprint_shows_the_configured_operator() {
        navigate(ImprintView.class);

        String text = _get(TextPage.class, spec -> spec.withId("imprint"))
                .getElement()
                .getTextRecursively();
        assertThat(text)
                .contains("Das Demographie Netzwerk e. V.", "Musterstraße 1", "20095 Hamburg")
                .contains("Der Vorstand: Erika Beispiel", "Amtsgericht Hamburg, VR 12345")
                .contains("E-Mail: kontakt@ddn-hamburg.example")
                .doesNotContain("noch nicht eingetragen");
    }

    @Test
    void the_privacy_notice_names_controller_officer_configured_periods_and_version() {
        navigate(PrivacyView.class);

        String text = _get(TextPage.class, spec -> spec.withId("privacy"))
                .getElement()
                .getTextRecursively();
        assertThat(text)
                .contains("Das Demographie Netzwerk e. V.", "Daniel Datenschutz", "datenschutz@ddn-hamburg.example")
                .contains("nach 24 Stunden", "60 Tage nach der Veranstaltung")
                .contains("Kalender-Feed", "Postausgang", "Sicherheitsprotokoll", "Gäste")
                .contains("Fassung 2027-01");
    }

    @Test
    void member_pages_have_skip_link_main_and_both_legal_links() {
        loginAsMember();
        navigate(MemberHomeView.class);

        Anchor skipLink = _get(Anchor.class, spec -> spec.withId("skip-link"));
        assertThat(skipLink.getHref()).isEqualTo("#main-content");
        // The link's text is a property (no text node on the server), which the browser shows.
        assertThat(skipLink.getElement().getProperty("innerText")).isEqualTo("Zum Inhalt springen");
        assertThat(_get(Main.class, spec -> spec.withId("main-content"))).isNotNull();
        assertThat(BrowserMarkup.get("footer-imprint").getAttribute("href")).isEqualTo("impressum");
        assertThat(BrowserMarkup.get("footer-imprint").getTextContent()).isEqualTo("Impressum");
        assertThat(BrowserMarkup.get("footer-privacy").getAttribute("href")).isEqualTo("datenschutz");
    }

    @Test
    void a_member_who_agreed_to_an_older_version_takes_note_once() {
        LoginAccount member =
                testMembers.ensure("nora.notiz@example.org", "Nora", "Notiz", java.util.Set.of(Roles.MEMBER));
        jdbc.update(
                "insert into member_consent (member_id, kind, version, given_at) values (?, 'PRIVACY_NOTICE', '2026-11', ?)",
                member.memberId(),
                Timestamp.from(Instant.parse("2026-11-01T10:00:00Z")));
        login(member);
        navigate(MemberHomeView.class);

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("privacy-note-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("privacy-note-confirm")));

        assertThat(Acting.as(member, privacyNotice::mustTakeNote)).isFalse();
        navigate(MemberHomeView.class);
        _assertNone(Dialog.class, spec -> spec.withId("privacy-note-dialog"));
    }

    @Test
    void accounts_without_a_consent_record_are_not_asked() {
        loginAsMember();
        navigate(MemberHomeView.class);

        _assertNone(Dialog.class, spec -> spec.withId("privacy-note-dialog"));
    }
}
