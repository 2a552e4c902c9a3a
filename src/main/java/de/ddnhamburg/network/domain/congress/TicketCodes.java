package de.ddnhamburg.network.domain.congress;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Ticket codes: opaque and random, never derived from a person. 16 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, U), 80 bits from a CSPRNG, printed in groups of four beside
 * the QR code so that it can be typed at the desk ({@code K7QX-4M2P-9HRT-B3WC}).
 */
final class TicketCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 16;
    private static final Pattern SHAPE = Pattern.compile("^([2-9A-HJKMNP-TV-Z]{4}-){3}[2-9A-HJKMNP-TV-Z]{4}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketCodes() {}

    static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    static boolean looksLikeCode(String candidate) {
        return SHAPE.matcher(candidate).matches();
    }
}
