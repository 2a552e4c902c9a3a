package de.ddnhamburg.network.ui.congress.print;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.FieldInput.setValueAsUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import de.ddnhamburg.network.domain.congress.RosterCongress;
import de.ddnhamburg.network.domain.congress.RosterScenario;
import de.ddnhamburg.network.domain.congress.RosterScenario.Person;
import de.ddnhamburg.network.support.KaribuTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.PdfReading;
import de.ddnhamburg.network.support.RecordedAttendance;
import de.ddnhamburg.network.ui.error.AccessDeniedView;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The admins' printing and export page of a congress, and what others cannot reach. */
class CongressPrintViewTest extends KaribuTest {

    @Autowired
    RosterScenario scenario;

    @Autowired
    RecordedAttendance attendance;

    @Autowired
    MutableClock clock;

    private RosterScenario.Congress congress;
    private long jorg;

    @BeforeEach
    void setUpCongress() {
        clock.set(RosterScenario.BEFORE);
        congress = scenario.congress();
        jorg = scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Jörg", "Weiß", "Handelskammer Hamburg"),
                congress.small(null));
        scenario.register(
                congress, congress.speakerCategory(), Person.named("Sara", "Speaker", "Uni Hamburg"), congress.large());
        scenario.register(
                congress, congress.memberCategory(), Person.named("Mona", "Mitglied", null), congress.large());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_editor_links_to_the_page_which_counts_the_badges_the_filter_takes() {
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.id());
        navigate(_get(RouterLink.class, spec -> spec.withId("congress-print-link"))
                .getHref());

        assertThat(currentView()).isInstanceOf(CongressPrintView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("print-title"))
                        .getText())
                .isEqualTo("Druck und Export: " + congress.title());
        assertThat(count()).isEqualTo("3 Schilder mit dieser Auswahl");

        setValueAsUser(categorySelect(), category(congress.speakerCategory()));
        assertThat(count()).isEqualTo("1 Schild mit dieser Auswahl");
        String sheet = PdfReading.text(DownloadKt._download(anchor("badge-sheet")));
        assertThat(sheet).contains("Sara Speaker").doesNotContain("Jörg", "Mona");

        setValueAsUser(categorySelect(), null);
        setValueAsUser(workshopSelect(), workshop(congress.largeWorkshop()));
        assertThat(count()).isEqualTo("2 Schilder mit dieser Auswahl");
        assertThat(PdfReading.text(DownloadKt._download(anchor("badge-sheet"))))
                .contains("Sara Speaker", "Mona Mitglied")
                .doesNotContain("Jörg");
    }

    @Test
    void a_badge_is_found_by_the_scanned_code_and_reprinted_at_the_desk() {
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.id() + "/druck-und-export");

        setValueAsUser(_get(TextField.class, spec -> spec.withId("badge-search")), scenario.ticketCode(jorg));
        _click(_get(Button.class, spec -> spec.withId("badge-find")));

        assertThat(_find(ListItem.class, spec -> spec.withClasses("print-found-item")))
                .singleElement()
                .satisfies(item -> assertThat(item.getId()).hasValue("badge-found-" + jorg));
        assertThat(_get(ListItem.class, spec -> spec.withId("badge-found-" + jorg))
                        .getChildren()
                        .findFirst()
                        .map(child -> ((Span) child).getText()))
                .hasValue("Jörg Weiß · Handelskammer Hamburg · Mitglied · Bestätigt · " + scenario.ticketCode(jorg));
        Anchor single = anchor("badge-single-" + jorg);
        byte[] badge = DownloadKt._download(single);
        assertThat(PdfReading.text(badge)).contains("Jörg Weiß", "Handelskammer Hamburg", "Mitglied");

        setValueAsUser(_get(TextField.class, spec -> spec.withId("badge-search")), "Niemand Sonst");
        _click(_get(Button.class, spec -> spec.withId("badge-find")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("badge-nobody")).isVisible())
                .isTrue();
    }

    @Test
    void certificates_wait_for_the_check_in_and_exports_are_offered_as_csv_and_xlsx() {
        loginAsAdmin();
        navigate("verwaltung/kongress/" + congress.id() + "/druck-und-export");

        assertThat(_get(Paragraph.class, spec -> spec.withId("certificate-count"))
                        .getText())
                .isEqualTo("0 eingecheckte Teilnehmende");
        assertThat(anchor("certificate-all").isEnabled()).isFalse();
        for (String export : new String[] {"participants", "workshop", "door", "catering"}) {
            assertThat(anchor("export-" + export + "-csv").isEnabled()).isTrue();
            assertThat(anchor("export-" + export + "-xlsx").isEnabled()).isTrue();
        }
        String door = new String(DownloadKt._download(anchor("export-door-csv")), StandardCharsets.UTF_8);
        assertThat(door).contains("Weiß;Jörg;Handelskammer Hamburg;Mitglied;" + scenario.ticketCode(jorg));

        attendance.checkIn(congress.id(), jorg);
        navigate("verwaltung/kongress/" + congress.id() + "/druck-und-export");

        assertThat(_get(Paragraph.class, spec -> spec.withId("certificate-count"))
                        .getText())
                .isEqualTo("1 eingecheckte Teilnehmende");
        assertThat(PdfReading.text(DownloadKt._download(anchor("certificate-all"))))
                .contains("Teilnahmebescheinigung", "Jörg Weiß", congress.smallTitle());
    }

    @Test
    void a_member_is_refused_the_page() {
        loginAsMember();

        navigate("verwaltung/kongress/" + congress.id() + "/druck-und-export");

        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(Anchor.class, spec -> spec.withId("badge-sheet"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Select<RosterCongress.Category> categorySelect() {
        return _get(Select.class, spec -> spec.withId("badge-category"));
    }

    @SuppressWarnings("unchecked")
    private Select<RosterCongress.Session> workshopSelect() {
        return _get(Select.class, spec -> spec.withId("badge-workshop"));
    }

    private RosterCongress.Category category(long id) {
        return categorySelect()
                .getListDataView()
                .getItems()
                .filter(item -> item.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private RosterCongress.Session workshop(long id) {
        return workshopSelect()
                .getListDataView()
                .getItems()
                .filter(item -> item.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static String count() {
        return _get(Paragraph.class, spec -> spec.withId("badge-count")).getText();
    }

    private static Anchor anchor(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }
}
