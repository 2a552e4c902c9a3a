package de.ddnhamburg.network.domain.congress;

import java.util.Locale;
import java.util.Optional;

/**
 * A ticket code as it arrives at the desk: typed by hand (lower case, without dashes, with spaces)
 * or by a hand scanner, which types like a keyboard. A scanner set to a US layout on a German
 * keyboard types "ß" for "-" and swaps Y and Z; the dashes are ignored anyway, and
 * {@link #swappedYz} gives the other reading to try when the first is unknown.
 */
public final class TicketCodeInput {

    /** Longer input is no ticket code; it is not even looked at. */
    public static final int MAX_LENGTH = 100;

    private TicketCodeInput() {}

    /** The code in its printed form ({@code K7QX-4M2P-9HRT-B3WC}), or empty if the input cannot be one. */
    public static Optional<String> read(String typed) {
        if (typed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != 16) {
            return Optional.empty();
        }
        String code = String.join(
                "-", compact.substring(0, 4), compact.substring(4, 8), compact.substring(8, 12), compact.substring(12));
        return TicketCodes.looksLikeCode(code) ? Optional.of(code) : Optional.empty();
    }

    /** The code with Y and Z swapped, if it has either (what a scanner on the wrong layout types). */
    public static Optional<String> swappedYz(String code) {
        if (code.indexOf('Y') < 0 && code.indexOf('Z') < 0) {
            return Optional.empty();
        }
        StringBuilder swapped = new StringBuilder(code.length());
        for (char c : code.toCharArray()) {
            swapped.append(c == 'Y' ? 'Z' : c == 'Z' ? 'Y' : c);
        }
        return Optional.of(swapped.toString());
    }
}
