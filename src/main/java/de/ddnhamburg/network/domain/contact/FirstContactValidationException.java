package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.DomainException;
import java.util.Map;

/** One or more parts of a first message are invalid; each entry names the part and its message key. */
public class FirstContactValidationException extends DomainException {

    private final transient Map<String, String> fieldErrors;

    FirstContactValidationException(Map<String, String> fieldErrors) {
        super("validation.form.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Part name (as in {@link FirstContactMessage}) to translation key; the keys take the maximum length as {0}. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
