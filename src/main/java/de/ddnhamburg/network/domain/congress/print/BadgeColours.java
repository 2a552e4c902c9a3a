package de.ddnhamburg.network.domain.congress.print;

import java.awt.Color;

/**
 * The colour band of a ticket category on the badge, by the category's place in the congress's
 * order: the first eight are the colour-blind-safe Okabe–Ito colours (grey instead of black), then
 * they repeat. The category's name is printed in the band too, so the colour is never the only
 * sign; the name is black or white, whichever contrasts more with the band (WCAG contrast ratio).
 */
final class BadgeColours {

    private static final Color[] PALETTE = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xD55E00), // vermillion
        new Color(0x56B4E9), // sky blue
        new Color(0xF0E442), // yellow
        new Color(0x6E6E6E), // grey
    };

    private BadgeColours() {}

    static Color band(int position) {
        return PALETTE[Math.floorMod(position, PALETTE.length)];
    }

    static Color textOn(Color band) {
        double luminance = luminance(band);
        double withBlack = (luminance + 0.05) / 0.05;
        double withWhite = 1.05 / (luminance + 0.05);
        return withBlack >= withWhite ? Color.BLACK : Color.WHITE;
    }

    /** Relative luminance as WCAG 2.1 defines it. */
    static double luminance(Color colour) {
        return 0.2126 * channel(colour.getRed())
                + 0.7152 * channel(colour.getGreen())
                + 0.0722 * channel(colour.getBlue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
