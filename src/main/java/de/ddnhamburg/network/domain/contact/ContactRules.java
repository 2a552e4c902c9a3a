package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rules for a first message, in one place: the service enforces them, and the dialog uses the
 * same checks to answer at the field while the member types.
 */
public final class ContactRules {

    public static final int WHO_I_AM_MAX = 400;
    public static final int WHY_I_WRITE_MAX = 800;
    public static final int NEXT_STEP_MAX = 400;

    private ContactRules() {}

    /** @return the translation key of the problem; it takes {@code max} as {0} */
    public static Optional<String> checkPart(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return Optional.of("contact.validation.required");
        }
        return clean(value).length() > max ? Optional.of("contact.validation.tooLong") : Optional.empty();
    }

    /** Line breaks as the recipient's mail program expects them, no space around the text. */
    public static String clean(@Nullable String value) {
        return value == null
                ? ""
                : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static FirstContactMessage validate(FirstContactMessage message) {
        InvalidInputException.collect()
                .add("whoIAm", checkPart(message.whoIAm(), WHO_I_AM_MAX), WHO_I_AM_MAX)
                .add("whyIWrite", checkPart(message.whyIWrite(), WHY_I_WRITE_MAX), WHY_I_WRITE_MAX)
                .add("nextStep", checkPart(message.nextStep(), NEXT_STEP_MAX), NEXT_STEP_MAX)
                .throwIfAny();
        return new FirstContactMessage(clean(message.whoIAm()), clean(message.whyIWrite()), clean(message.nextStep()));
    }
}
