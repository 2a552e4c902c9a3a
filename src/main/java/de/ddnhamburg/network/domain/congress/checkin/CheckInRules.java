package de.ddnhamburg.network.domain.congress.checkin;

import de.ddnhamburg.network.domain.congress.TicketCodeInput;
import java.util.Optional;

/** The desk's input rules, shared by the view and {@link CheckInService}. */
public final class CheckInRules {

    /** A desk's name ("Eingang Nord", "Platz 2"), as it appears in "bereits eingecheckt … an Platz …". */
    public static final int DESK_MAX = 40;

    /** Fewer characters find too many people to be of use at the door. */
    public static final int SEARCH_MIN = 2;

    public static final int SEARCH_LIMIT = 20;

    /** What the desk's one field accepts: a ticket code with room for separators, or a name. */
    public static final int INPUT_MAX = TicketCodeInput.MAX_LENGTH;

    private CheckInRules() {}

    /** The desk's name as stored: trimmed, 1 to 40 characters, no control characters; else empty. */
    public static Optional<String> desk(String typed) {
        String desk = typed.strip();
        if (desk.isEmpty() || desk.length() > DESK_MAX || desk.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(desk);
    }

    /** Whether the text is a ticket code in any spelling the desk reads (see {@code TicketCodeInput}). */
    public static boolean isReadableTicketCode(String typed) {
        return TicketCodeInput.read(typed).isPresent();
    }

    /**
     * Whether what arrived in the desk's one field is meant as a ticket code (from a scanner or typed)
     * rather than a name: a well-formed code, or a dozen letters and digits with a digit among them,
     * which few names have. The desk searches such text as a name too and reports it as unreadable
     * only if nobody is found (an organisation such as "Arbeit 4.0 GmbH" looks like a code).
     */
    public static boolean isTicketCode(String typed) {
        if (TicketCodeInput.read(typed).isPresent()) {
            return true;
        }
        String compact = typed.replaceAll("[^A-Za-z0-9]", "");
        return compact.length() >= 12 && compact.chars().anyMatch(Character::isDigit);
    }
}
