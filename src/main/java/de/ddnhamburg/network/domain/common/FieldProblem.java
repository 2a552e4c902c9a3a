package de.ddnhamburg.network.domain.common;

import java.util.List;

/**
 * What is wrong with one field of a form.
 *
 * @param field the field's name, as the feature's rules class names it (such as {@code AccountRules.EMAIL})
 * @param messageKey the translation of the problem
 * @param arguments the translation's arguments, such as a maximum length
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
