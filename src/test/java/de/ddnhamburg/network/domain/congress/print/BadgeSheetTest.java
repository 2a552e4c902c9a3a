package de.ddnhamburg.network.domain.congress.print;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.PdfReading;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Badge sheets read back: the right text on each badge, QR codes that decode, long texts that fit. */
class BadgeSheetTest {

    /** 100 + 1 + 100 characters: the longest name the registration table holds. */
    private static final String LONGEST_NAME = "Maria-Magdalena Friederike Charlotte Auguste Wilhelmine Sophie"
            + " Henriette Luise von und zu Schwarzenberg-Hohenlohe-Langenburg-Öttingen-Wallerstein"
            + " Müller-Lüdenscheidt";

    private static final String LONG_ORGANISATION = "Bundesarbeitsgemeinschaft der Freien Wohlfahrtspflege,"
            + " Landesverband Hamburg e. V., Fachbereich Demographischer Wandel, Digitalisierung der"
            + " Arbeitswelt und Vereinbarkeit von Familie und Beruf (Projektbüro Back in Job)";

    @Test
    void each_badge_shows_its_name_organisation_category_and_a_qr_code_of_its_ticket() {
        List<Badge> badges = List.of(
                new Badge("Jörg Weiß", "Stadtteilschule Altona", "Mitglied", 0, "K7QX-4M2P-9HRT-B3WC"),
                new Badge("Łukasz Wąsik", "Politechnika Gdańska", "Referent:in", 1, "A2B3-C4D5-E6F7-G8H9"),
                new Badge("Ayşe Şahin", null, "Ermäßigt", 2, "Z9Y8-X7W6-V5T4-S3R2"));

        byte[] pdf = BadgeSheet.pdf(badges, "Fachkongress");

        assertThat(PdfReading.pages(pdf)).isEqualTo(1);
        BufferedImage page = PdfReading.render(pdf, 0);
        for (int index = 0; index < badges.size(); index++) {
            Badge badge = badges.get(index);
            String text = PdfReading.textIn(pdf, 0, badgeArea(index));
            assertThat(text).contains(badge.name()).contains(badge.category()).contains(badge.ticketCode());
            if (badge.organisation() != null) {
                assertThat(text).contains(badge.organisation());
            }
            assertThat(PdfReading.qrCode(PdfReading.crop(page, badgeArea(index))))
                    .as("the QR code on badge %d", index)
                    .isEqualTo(badge.ticketCode());
        }
    }

    @Test
    void eight_badges_fill_a_page_and_the_ninth_starts_the_next() {
        List<Badge> badges = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            badges.add(new Badge("Person " + i, "Organisation " + i, "Mitglied", 0, "CODE-" + i + "AAA-BBBB-CCCC"));
        }

        byte[] pdf = BadgeSheet.pdf(badges, "Fachkongress");

        assertThat(PdfReading.pages(pdf)).isEqualTo(2);
        assertThat(PdfReading.textIn(pdf, 0, badgeArea(7))).contains("Person 8");
        assertThat(PdfReading.textIn(pdf, 1, badgeArea(0))).contains("Person 9");
        assertThat(PdfReading.qrCode(PdfReading.crop(PdfReading.render(pdf, 1), badgeArea(0))))
                .isEqualTo("CODE-9AAA-BBBB-CCCC");
    }

    @Test
    void the_longest_name_and_a_long_organisation_fit_completely_in_readable_sizes() {
        Badge normal = new Badge("Anna Schmidt", "ddn Hamburg", "Mitglied", 0, "K7QX-4M2P-9HRT-B3WC");
        Badge longest = new Badge(LONGEST_NAME, LONG_ORGANISATION, "Partnerorganisation", 3, "A2B3-C4D5-E6F7-G8H9");

        byte[] pdf = BadgeSheet.pdf(List.of(normal, longest), "Fachkongress");

        Rectangle2D name = nameArea(1);
        assertThat(squeezed(PdfReading.textIn(pdf, 0, name))).isEqualTo(squeezed(LONGEST_NAME));
        assertThat(PdfReading.fontSizesIn(pdf, 0, name))
                .as("the name shrinks, but stays readable")
                .isNotEmpty()
                .allSatisfy(size -> assertThat(size).isBetween(BadgeSheet.NAME.floorSize(), 12f));
        assertThat(squeezed(PdfReading.textIn(pdf, 0, organisationArea(1)))).isEqualTo(squeezed(LONG_ORGANISATION));
        assertThat(PdfReading.fontSizesIn(pdf, 0, organisationArea(1)))
                .allSatisfy(size -> assertThat(size).isBetween(BadgeSheet.ORGANISATION.floorSize(), 9f));
        assertThat(PdfReading.fontSizesIn(pdf, 0, nameArea(0)))
                .as("a short name is printed at full size")
                .allSatisfy(size -> assertThat(size).isEqualTo(BadgeSheet.NAME.maxSize()));
        assertThat(PdfReading.qrCode(PdfReading.crop(PdfReading.render(pdf, 0), badgeArea(1))))
                .isEqualTo("A2B3-C4D5-E6F7-G8H9");
    }

    @Test
    void a_text_beyond_anything_the_database_holds_still_prints_and_ends_visibly_in_an_ellipsis() {
        String absurd = "Lorem ipsum dolor sit amet ".repeat(60);

        byte[] pdf =
                BadgeSheet.pdf(List.of(new Badge(absurd, absurd, absurd, 0, "K7QX-4M2P-9HRT-B3WC")), "Fachkongress");

        String name = PdfReading.textIn(pdf, 0, nameArea(0));
        assertThat(name.strip()).startsWith("Lorem ipsum").endsWith("…");
        assertThat(PdfReading.fontSizesIn(pdf, 0, nameArea(0)))
                .allSatisfy(size -> assertThat(size).isEqualTo(BadgeSheet.NAME.floorSize()));
        assertThat(PdfReading.qrCode(PdfReading.crop(PdfReading.render(pdf, 0), badgeArea(0))))
                .isEqualTo("K7QX-4M2P-9HRT-B3WC");
    }

    @Test
    void a_sheet_rendered_for_looking_at() {
        List<Badge> badges = List.of(
                new Badge("Katrin Albers", "ddn Hamburg", "Mitglied", 0, "K7QX-4M2P-9HRT-B3WC"),
                new Badge("Dr. Jonas Ehlers", "Institut für Arbeitsforschung", "Referent:in", 1, "A2B3-C4D5-E6F7-G8H9"),
                new Badge("Ayşe Şahin", "Stadtteilschule Wilhelmsburg", "Ermäßigt", 2, "Z9Y8-X7W6-V5T4-S3R2"),
                new Badge("Łukasz Wąsik", null, "Nichtmitglied", 3, "M3N4-P5Q6-R7S8-T9V2"),
                new Badge(LONGEST_NAME, LONG_ORGANISATION, "Partnerorganisation", 4, "W2X3-Y4Z5-A6B7-C8D9"),
                new Badge("Jörg Weiß", "Handelskammer Hamburg", "Presse", 5, "E2F3-G4H5-J6K7-M8N9"),
                new Badge("Li Wei", "Universität Hamburg", "Studierende", 6, "P2Q3-R4S5-T6V7-W8X9"),
                new Badge("Ole Hansen", "Agentur für Arbeit Hamburg", "Team", 7, "Y2Z3-A4B5-C6D7-E8F9"));

        byte[] pdf = BadgeSheet.pdf(badges, "Fachkongress");

        BufferedImage page = PdfReading.render(pdf, 0);
        assertThat(PdfReading.screenshot(page, "badge-sheet")).exists();
        PdfReading.screenshot(PdfReading.crop(page, badgeArea(4)), "badge-longest-name");
        for (int index = 0; index < badges.size(); index++) {
            assertThat(PdfReading.qrCode(PdfReading.crop(page, badgeArea(index))))
                    .isEqualTo(badges.get(index).ticketCode());
        }
    }

    /** Badge {@code index} of a page, in points from the top left. */
    static Rectangle2D badgeArea(int index) {
        float x = BadgeSheet.MARGIN_X + (index % BadgeSheet.COLUMNS) * BadgeSheet.WIDTH;
        float y = BadgeSheet.MARGIN_Y + (float) (index / BadgeSheet.COLUMNS) * BadgeSheet.HEIGHT;
        return new Rectangle2D.Float(x, y, BadgeSheet.WIDTH, BadgeSheet.HEIGHT);
    }

    private static Rectangle2D nameArea(int index) {
        Rectangle2D badge = badgeArea(index);
        float top = BadgeSheet.BAND + 1 * BadgeSheet.MM;
        return new Rectangle2D.Double(badge.getX(), badge.getY() + top, badge.getWidth(), 18.5 * BadgeSheet.MM);
    }

    private static Rectangle2D organisationArea(int index) {
        Rectangle2D badge = badgeArea(index);
        return new Rectangle2D.Double(
                badge.getX(),
                badge.getY() + badge.getHeight() - 28 * BadgeSheet.MM,
                BadgeSheet.ORGANISATION.width() + 4 * BadgeSheet.MM,
                23 * BadgeSheet.MM);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
