package de.ddnhamburg.network.ui.congress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.congress.CategoryOffer;
import de.ddnhamburg.network.domain.congress.SessionCard;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** How the congress pages write prices, days, times and seats, in the page's language. */
public final class CongressFormat {

    private CongressFormat() {}

    /** "89,00 €" or "€89.00", or "kostenlos" for 0. */
    public static String price(Component translator, BigDecimal gross) {
        if (gross.signum() == 0) {
            return translator.getTranslation("congress.price.free");
        }
        return LocalFormats.money(gross, locale());
    }

    /** "Donnerstag, 15. April 2027". */
    public static String day(LocalDate day, Locale locale) {
        return LocalFormats.fullDate(day, locale);
    }

    /** "09:30". */
    public static String time(Instant instant, Locale locale) {
        return LocalFormats.time(instant, locale);
    }

    /** "09:30–10:15". */
    public static String timeRange(Component translator, Instant starts, Instant ends) {
        Locale locale = locale();
        return translator.getTranslation("congress.timeRange", time(starts, locale), time(ends, locale));
    }

    private static Locale locale() {
        return com.vaadin.flow.component.UI.getCurrent() == null
                ? Locale.GERMAN
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    /** "Noch 12 von 30 Plätzen frei", "Ausgebucht – Warteliste"; empty for sessions open to everyone. */
    public static String seats(Component translator, SessionCard session) {
        Integer capacity = session.capacity();
        Integer left = session.seatsLeft();
        if (capacity == null || left == null || session.cancelled()) {
            return "";
        }
        return left == 0
                ? translator.getTranslation("congress.seats.full")
                : translator.getTranslation("congress.seats.left", left, capacity);
    }

    /** "Noch 40 Plätze" or "Ausgebucht – Warteliste". */
    public static String places(Component translator, CategoryOffer offer) {
        return offer.placesLeft() == 0
                ? translator.getTranslation("congress.category.full")
                : translator.getTranslation("congress.category.left", offer.placesLeft());
    }

    /** A download of a congress calendar file, which Vaadin's router leaves to the browser. */
    public static Anchor icsLink(String path, String text) {
        Anchor link = new Anchor("/" + PublicLinks.CALENDAR_CONGRESS_FILE + path + PublicLinks.ICS, text);
        link.getElement().setAttribute("router-ignore", true);
        link.addClassName("congress-ics");
        return link;
    }

    /**
     * The way to "Meine Anmeldung" that a registered member sees where others see "Jetzt anmelden",
     * with the note that they are registered already.
     */
    public static void addMyRegistration(HasComponents actions, Component translator) {
        Anchor link = new Anchor(
                PublicLinks.CONGRESS_MY_REGISTRATION, translator.getTranslation("congress.page.myRegistration"));
        link.setId("congress-my-registration");
        link.addClassNames("button-link", "primary");
        Span note = new Span(translator.getTranslation("congress.page.registered"));
        note.setId("congress-registered");
        actions.add(link, note);
    }

    /** The registration wizard's address (built by the registration part). */
    public static String registerPath(long congressId) {
        return PublicLinks.CONGRESS + "/" + congressId + "/anmelden";
    }
}
