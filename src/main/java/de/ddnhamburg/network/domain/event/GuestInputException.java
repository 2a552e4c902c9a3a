package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.FieldProblem;
import java.util.Map;

/** Fields of the guest registration form are invalid; each entry names the field as in {@link GuestRules}. */
public class GuestInputException extends DomainException {

    private final transient Map<String, FieldProblem> problems;

    GuestInputException(Map<String, FieldProblem> problems) {
        super("validation.form.invalid");
        this.problems = Map.copyOf(problems);
    }

    public Map<String, FieldProblem> problems() {
        return problems;
    }
}
