package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.DomainException;
import java.util.List;

/** What is wrong with one form field: a translation key and its arguments. */
public record FieldProblem(String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String messageKey) {
        return new FieldProblem(messageKey, List.of());
    }

    static FieldProblem of(DomainException e) {
        return new FieldProblem(e.getMessageKey(), List.of(e.getArguments()));
    }
}
