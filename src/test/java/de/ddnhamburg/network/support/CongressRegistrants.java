package de.ddnhamburg.network.support;

import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.member.LoginAccount;
import java.util.List;
import java.util.Locale;

/**
 * Members registered for a {@link RegistrationScenario} congress through the member registration
 * service, as the wizard submits it (the clock at {@link RegistrationScenario#NOW}).
 */
public final class CongressRegistrants {

    private CongressRegistrants() {}

    /** Registers the member in the members' category; returns the registration's id. */
    public static long register(
            MemberCongressRegistrationService registrations,
            RegistrationScenario.Congress congress,
            LoginAccount member,
            boolean showInParticipants) {
        return Acting.as(
                member,
                () -> registrations
                        .register(request(congress, showInParticipants))
                        .id());
    }

    /** What the wizard submits for the members' category and the large workshop, without other answers. */
    public static RegistrationRequest request(RegistrationScenario.Congress congress, boolean showInParticipants) {
        return new RegistrationRequest(
                congress.id(),
                congress.memberCategory(),
                null,
                "Mia",
                "Muster",
                null,
                "ddn",
                List.of(new SessionPick(congress.slot(), congress.largeWorkshop(), null)),
                new RegistrationAnswers(null, null, false, showInParticipants, null),
                BillingAddress.none(),
                true,
                Locale.GERMAN);
    }
}
