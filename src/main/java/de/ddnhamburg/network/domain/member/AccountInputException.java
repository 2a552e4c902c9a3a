package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;
import java.util.Map;

/**
 * One or more fields of an account form (joining, password, e-mail) are invalid. Each entry names
 * the field as in {@link AccountRules} and what is wrong with it, so the form can say so at the field.
 */
public class AccountInputException extends DomainException {

    private final transient Map<String, FieldProblem> problems;

    AccountInputException(Map<String, FieldProblem> problems) {
        super("validation.form.invalid");
        this.problems = Map.copyOf(problems);
    }

    static AccountInputException of(String field, String messageKey) {
        return new AccountInputException(Map.of(field, FieldProblem.of(messageKey)));
    }

    public Map<String, FieldProblem> problems() {
        return problems;
    }
}
