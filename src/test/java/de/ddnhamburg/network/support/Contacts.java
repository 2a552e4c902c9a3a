package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.contact.FirstContactMessage;
import java.util.UUID;

/** Test data for contact requests. */
public final class Contacts {

    private Contacts() {}

    public static FirstContactMessage firstContact() {
        return new FirstContactMessage(
                "Ich bin Lena Lotsin vom Hafenamt.",
                "Wir interessieren uns beide für Führung.",
                "Hätten Sie nächste Woche Zeit für ein kurzes Telefonat?");
    }

    /** An e-mail address no other test uses, because all tests of a context share one database. */
    public static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
