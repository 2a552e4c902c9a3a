package de.ddnhamburg.network.ui.congress.registration;

import de.ddnhamburg.network.domain.common.PublicLinks;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.support.GuestMailbox;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** Requests and mailed links for the tests of the pages after the wizard. */
final class CongressRegistrations {

    private CongressRegistrations() {}

    /** A request in the free members' category (or a guest's in the paid one, with a billing address). */
    static RegistrationRequest request(
            RegistrationScenario.Congress congress, @Nullable String guestEmail, long session) {
        boolean guest = guestEmail != null;
        return new RegistrationRequest(
                congress.id(),
                guest ? congress.paidCategory() : congress.memberCategory(),
                null,
                "Mia",
                "Muster",
                guestEmail,
                "ddn",
                List.of(new SessionPick(congress.slot(), session, null)),
                RegistrationAnswers.none(),
                guest ? new BillingAddress(null, "Adolphsplatz 1", "20457", "Hamburg") : BillingAddress.none(),
                true,
                Locale.GERMAN);
    }

    static String confirmToken(JdbcTemplate jdbc, String email) {
        return new GuestMailbox(jdbc).last(email).token(PublicLinks.CONGRESS_GUEST_CONFIRM);
    }

    static String manageToken(JdbcTemplate jdbc, String email) {
        return new GuestMailbox(jdbc).last(email).token(PublicLinks.CONGRESS_GUEST_REGISTRATION);
    }
}
