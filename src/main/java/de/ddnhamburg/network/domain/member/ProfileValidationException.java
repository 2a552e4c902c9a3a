package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;
import java.util.Map;

/** One or more profile fields are invalid; each entry names the field and its message key. */
public class ProfileValidationException extends DomainException {

    private final transient Map<String, String> fieldErrors;

    ProfileValidationException(Map<String, String> fieldErrors) {
        super("validation.form.invalid");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name (as in {@link ProfileUpdate}) to translation key. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
