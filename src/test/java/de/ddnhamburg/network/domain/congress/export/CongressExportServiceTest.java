package de.ddnhamburg.network.domain.congress.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.common.export.ExportFormat;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.Hold;
import de.ddnhamburg.network.domain.congress.RosterFilter;
import de.ddnhamburg.network.domain.congress.RosterScenario;
import de.ddnhamburg.network.domain.congress.RosterScenario.Person;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The congress's lists as files: what each holds, formulas neutralised, needs only on request, counts without names. */
@IntegrationTest
class CongressExportServiceTest {

    private static final String EVIL = "=HYPERLINK(\"https://evil.example.org\";\"klick\")";

    @Autowired
    RosterScenario scenario;

    @Autowired
    CongressExportService exports;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private RosterScenario.Congress congress;

    @BeforeEach
    void setUp() {
        SecurityTestSupport.signOut();
        clock.set(RosterScenario.BEFORE);
        congress = scenario.congress();
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        SecurityTestSupport.signOut();
    }

    @Test
    void the_participant_csv_is_for_german_excel_with_formulas_neutralised_and_umlauts_intact() {
        scenario.register(
                congress,
                congress.memberCategory(),
                Person.named(EVIL, "Böse", "+49 Telefon GmbH").eating("vegan"),
                congress.small(null));
        scenario.register(
                congress,
                congress.speakerCategory(),
                Person.named("Jürgen", "Äußerst", "Straßenbau & Söhne"),
                congress.small(congress.largeWorkshop()));
        SecurityTestSupport.signIn(testMembers.admin());

        byte[] csv = exports.participants(congress.id(), RosterFilter.all(), false, ExportFormat.CSV, Locale.GERMAN);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst())
                .startsWith("Nachname;Vorname;E-Mail;Organisation;Mitglied oder Gast;Kategorie;Status;Warteposition")
                .contains("Workshop 2027-03-01 10:00");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1))
                .as("Äußerst sorts with A, before Böse")
                .startsWith("Äußerst;Jürgen;")
                .contains("Straßenbau & Söhne", "Referent:in", "Bestätigt")
                .contains(congress.smallTitle() + " (Warteliste 1, sitzt derweil in „" + congress.largeTitle() + "“)");
        assertThat(lines.get(2))
                .startsWith("Böse;\"'=HYPERLINK(\"\"https://evil.example.org\"\";\"\"klick\"\")\";")
                .contains(";'+49 Telefon GmbH;")
                .doesNotContain("vegan");
        assertThat(text).contains("\r\n").doesNotContain(";=", ";+");
        assertThat(audited("participants csv, 2 rows")).isOne();
    }

    @Test
    void needs_are_in_the_participant_list_only_when_asked_for_and_the_audit_says_so() throws Exception {
        scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Nele", "Nötig", null).eating("glutenfrei").needing("Rollstuhlplatz"));
        scenario.register(
                congress, congress.reducedCategory(), Person.named("Fritz", "Freigabe", null), Hold.awaitingApproval());
        SecurityTestSupport.signIn(testMembers.admin());

        byte[] xlsx = exports.participants(
                congress.id(),
                new RosterFilter(congress.memberCategory(), CongressRegistrationStatus.CONFIRMED, null),
                true,
                ExportFormat.XLSX,
                Locale.ENGLISH);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Participants");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(header.getLastCellNum() - 2).getStringCellValue())
                    .isEqualTo("Dietary needs");
            Row nele = sheet.getRow(1);
            assertThat(nele.getCell(0).getStringCellValue()).isEqualTo("Nötig");
            assertThat(nele.getCell(nele.getLastCellNum() - 2).getStringCellValue())
                    .isEqualTo("glutenfrei");
            assertThat(nele.getCell(nele.getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo("Rollstuhlplatz");
            assertThat(sheet.getLastRowNum()).as("Fritz awaits approval").isOne();
        }
        assertThat(audited("with needs")).isOne();
    }

    @Test
    void a_workshop_list_has_its_seats_then_its_second_choice_seats_then_its_waiting_list() throws Exception {
        scenario.register(
                congress, congress.memberCategory(), Person.named("Sina", "Sitzt", null), congress.small(null));
        scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Walter", "Wartet", null),
                congress.small(congress.largeWorkshop()));
        scenario.register(
                congress, congress.memberCategory(), Person.named("Olga", "Ohne", null), congress.small(null));
        scenario.register(
                congress, congress.speakerCategory(), Person.named("Anton", "Anders", null), congress.large());
        SecurityTestSupport.signIn(testMembers.admin());

        List<List<String>> small =
                rows(exports.workshop(congress.id(), congress.smallWorkshop(), ExportFormat.XLSX, Locale.GERMAN));
        List<List<String>> large =
                rows(exports.workshop(congress.id(), congress.largeWorkshop(), ExportFormat.XLSX, Locale.GERMAN));

        assertThat(small.getFirst()).startsWith("Anwesend", "Nachname", "Vorname");
        assertThat(small.subList(1, small.size()))
                .extracting(row -> row.get(1) + ": " + row.get(5))
                .containsExactly(
                        "Sitzt: Platz",
                        "Wartet: Warteliste 1 (sitzt derweil in „" + congress.largeTitle() + "“)",
                        "Ohne: Warteliste 2");
        assertThat(small.get(1).getFirst()).isEqualTo("☐");
        assertThat(small.get(2).getFirst()).as("no box for the waiting").isEmpty();
        assertThat(large.subList(1, large.size()))
                .extracting(row -> row.get(1) + ": " + row.get(5))
                .containsExactly("Anders: Platz", "Wartet: Ersatzplatz (wartet auf „" + congress.smallTitle() + "“)");
        assertThatThrownBy(() -> exports.workshop(congress.id(), Long.MAX_VALUE, ExportFormat.CSV, Locale.GERMAN))
                .isInstanceOf(NotFoundException.class);
        assertThat(audited("workshop " + congress.smallWorkshop() + " xlsx, 3 rows"))
                .isOne();
    }

    @Test
    void the_door_list_has_everyone_confirmed_alphabetically_with_code_category_and_a_box() {
        long zora = scenario.register(congress, congress.memberCategory(), Person.named("Zora", "Zeh", "Zoo"));
        long emil = scenario.register(congress, congress.speakerCategory(), Person.named("Emil", "Öztürk", null));
        scenario.register(
                congress, congress.reducedCategory(), Person.named("Fritz", "Freigabe", null), Hold.awaitingApproval());
        long gone = scenario.register(congress, congress.memberCategory(), Person.named("Gerd", "Gegangen", null));
        scenario.cancel(gone);
        SecurityTestSupport.signIn(testMembers.admin());

        String text = csvText(exports.doorList(congress.id(), ExportFormat.CSV, Locale.GERMAN));

        assertThat(text.lines().toList())
                .containsExactly(
                        "Anwesend;Nachname;Vorname;Organisation;Kategorie;Ticket-Code",
                        "☐;Öztürk;Emil;;Referent:in;" + scenario.ticketCode(emil),
                        "☐;Zeh;Zora;Zoo;Mitglied;" + scenario.ticketCode(zora));
        assertThat(audited("door list csv, 2 rows")).isOne();
    }

    @Test
    void catering_counts_kinds_and_wordings_of_everyone_with_a_place_and_names_nobody() {
        scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Vera", "Vegetara", "Veg AG").eating("Vegetarisch"));
        scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Viktor", "Veganer", null).eating("vegan, glutenfrei"));
        scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Paula", "Pilz", null).eating("keine Pilze"));
        scenario.register(congress, congress.memberCategory(), Person.named("Otto", "Ohne", null));
        scenario.register(
                congress,
                congress.reducedCategory(),
                Person.named("Fritz", "Freigabe", null).eating("vegetarisch."),
                Hold.awaitingApproval());
        long gone = scenario.register(
                congress,
                congress.memberCategory(),
                Person.named("Gerd", "Gegangen", null).eating("halal"));
        scenario.cancel(gone);
        SecurityTestSupport.signIn(testMembers.admin());

        String text = csvText(exports.catering(congress.id(), ExportFormat.CSV, Locale.GERMAN));

        assertThat(text.lines().toList())
                .startsWith(
                        "Teil;Angabe;Anzahl",
                        "Summe;Erwartete Teilnehmende (mit Platz);5",
                        "Summe;davon ohne Angabe zur Ernährung;1",
                        "Ernährungsform;vegetarisch;2",
                        "Ernährungsform;vegan;1",
                        "Ernährungsform;pescetarisch;0",
                        "Ernährungsform;glutenfrei;1")
                .contains(
                        "Ernährungsform;halal;0",
                        "Ernährungsform;Angaben ohne erkannte Form (siehe Wortlaut);1",
                        "Wortlaut;keine pilze;1",
                        "Wortlaut;vegan, glutenfrei;1",
                        "Wortlaut;vegetarisch;2");
        assertThat(text).doesNotContain("Vera", "Vegetara", "Veg AG", "Viktor", "Paula", "Pilz;", "Otto", "Fritz", "@");
        assertThat(audited("catering csv, 5 rows counts only")).isOne();
    }

    @Test
    void only_admins_export() {
        SecurityTestSupport.signIn(testMembers.member());
        assertRefused();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "desk@example.org", null, List.of(new SimpleGrantedAuthority("ROLE_CHECK_IN"))));
        assertRefused();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'CONGRESS_EXPORTED' and target = ?",
                        Integer.class,
                        "congress:" + congress.id()))
                .isZero();
    }

    private void assertRefused() {
        long id = congress.id();
        assertThatThrownBy(() -> exports.participants(id, RosterFilter.all(), true, ExportFormat.CSV, Locale.GERMAN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.workshop(id, congress.smallWorkshop(), ExportFormat.CSV, Locale.GERMAN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.doorList(id, ExportFormat.XLSX, Locale.GERMAN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.catering(id, ExportFormat.CSV, Locale.GERMAN))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String csvText(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    private static List<List<String>> rows(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new java.util.ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new java.util.ArrayList<>();
                for (int column = 0; column < 7; column++) {
                    var cell = row.getCell(column);
                    cells.add(
                            cell == null
                                    ? ""
                                    : cell.getCellType() == CellType.STRING
                                            ? cell.getStringCellValue()
                                            : cell.toString());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** How many export entries say this, as an English-speaking admin reads them. */
    private int audited(String details) {
        return (int) jdbc
                .queryForList(
                        "select details from audit_entry where action = 'CONGRESS_EXPORTED' and target = ?",
                        String.class,
                        "congress:" + congress.id())
                .stream()
                .map(stored -> AuditNote.text(stored, java.util.Locale.ENGLISH).orElseThrow())
                .filter(text -> text.contains(details))
                .count();
    }
}
