package de.ddnhamburg.network.ui.congress.registration;

import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.SessionPick;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What the wizard's steps hold, gathered into one request whenever the wizard asks the service. */
final class RequestDraft {

    final long congressId;
    long categoryId;

    @Nullable
    String accessCode;

    String firstName = "";
    String lastName = "";
    String email = "";
    String organisation = "";
    List<SessionPick> picks = List.of();
    RegistrationAnswers answers = RegistrationAnswers.none();
    BillingAddress billing = BillingAddress.none();
    boolean consent;

    RequestDraft(long congressId) {
        this.congressId = congressId;
    }

    RegistrationRequest toRequest(Locale language) {
        return new RegistrationRequest(
                congressId,
                categoryId,
                accessCode,
                firstName,
                lastName,
                email,
                organisation,
                picks,
                answers,
                billing,
                consent,
                language);
    }
}
