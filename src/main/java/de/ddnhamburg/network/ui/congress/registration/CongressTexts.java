package de.ddnhamburg.network.ui.congress.registration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import de.ddnhamburg.network.domain.common.LocalFormats;
import de.ddnhamburg.network.domain.congress.CategoryOption;
import de.ddnhamburg.network.domain.congress.ChoiceDetails;
import de.ddnhamburg.network.domain.congress.ChoiceStatus;
import de.ddnhamburg.network.domain.congress.PickOutcome;
import de.ddnhamburg.network.domain.congress.SessionOption;
import de.ddnhamburg.network.domain.congress.SlotChoice;
import de.ddnhamburg.network.ui.components.DateTimeFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/** How the registration pages word prices, slots, sessions and where a person stands. */
final class CongressTexts {

    private CongressTexts() {}

    static String price(Component on, BigDecimal gross) {
        if (gross.signum() == 0) {
            return on.getTranslation("congress.ui.free");
        }
        return LocalFormats.money(gross, locale(on));
    }

    /** "Nichtmitglied · 89,00 € (inkl. 19 % MwSt.)" */
    static String category(Component on, CategoryOption category) {
        String price = category.paid()
                ? on.getTranslation("congress.ui.priceWithVat", price(on, category.priceGross()), category.vatRate())
                : price(on, category.priceGross());
        return category.name() + " · " + price;
    }

    /** What is left of a category, in words. */
    static String places(Component on, CategoryOption category) {
        if (category.placesLeft() > 0 && category.waiting() == 0) {
            return on.getTranslation("congress.ui.placesLeft", category.placesLeft());
        }
        return on.getTranslation("congress.ui.categoryFull", category.waiting() + 1);
    }

    /** "1. März 2027, 09:00–09:50" */
    static String slot(Component on, Instant startsAt, Instant endsAt) {
        return DateTimeFormat.appointment(startsAt, locale(on)) + "–" + LocalFormats.time(endsAt, locale(on));
    }

    static String slot(Component on, SlotChoice slot) {
        return slot(on, slot.startsAt(), slot.endsAt());
    }

    /** A session as a choice: its title, room and seats. */
    static String session(Component on, SessionOption session) {
        return session.title() + (session.room().isBlank() ? "" : " · " + session.room()) + " · " + seats(on, session);
    }

    static String seats(Component on, SessionOption session) {
        Integer left = session.seatsLeft();
        if (left == null) {
            return on.getTranslation("congress.ui.openToAll");
        }
        if (session.full() || session.waiting() > 0) {
            return on.getTranslation("congress.ui.sessionFull", session.waiting() + 1);
        }
        return on.getTranslation("congress.ui.seatsLeft", left);
    }

    /** What a pick gives, as the summary says it. */
    static String outcome(Component on, PickOutcome pick) {
        if (pick.seat()) {
            return on.getTranslation("congress.ui.outcome.seat", pick.title());
        }
        String waiting = on.getTranslation("congress.ui.outcome.waiting", pick.title(), pick.waitingPosition());
        String second = pick.secondChoiceTitle();
        if (second == null) {
            return waiting;
        }
        return waiting + " "
                + on.getTranslation(
                        pick.secondChoiceSeat() ? "congress.ui.outcome.secondSeat" : "congress.ui.outcome.secondFull",
                        second);
    }

    /** Where a registration stands with a session, as "Meine Anmeldung" says it. */
    static String choice(Component on, ChoiceDetails choice) {
        if (choice.status() == ChoiceStatus.SEATED) {
            return on.getTranslation("congress.ui.choice.seated", choice.sessionTitle());
        }
        if (choice.status() == ChoiceStatus.PENDING) {
            return on.getTranslation("congress.ui.choice.pending", choice.sessionTitle());
        }
        String waiting =
                on.getTranslation("congress.ui.choice.waiting", choice.sessionTitle(), choice.waitingPosition());
        String second = choice.secondChoiceTitle();
        return second == null ? waiting : waiting + " " + on.getTranslation("congress.ui.choice.meanwhile", second);
    }

    private static Locale locale(Component on) {
        return on.getUI()
                .map(UI::getLocale)
                .orElseGet(() -> UI.getCurrentOrThrow().getLocale());
    }
}
