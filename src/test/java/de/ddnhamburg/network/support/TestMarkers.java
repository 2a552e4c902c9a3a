package de.ddnhamburg.network.support;

import java.util.concurrent.ThreadLocalRandom;

/** A made-up word no other test uses, so that searches in the shared database find only this test's data. */
public final class TestMarkers {

    private TestMarkers() {}

    public static String word(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
