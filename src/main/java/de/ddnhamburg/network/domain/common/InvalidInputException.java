package de.ddnhamburg.network.domain.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Input that breaks the rules of one or more of its fields. Every problem names its field, so that
 * a form shows each one at the field it belongs to and keeps what was typed; the message key says
 * in general that fields need attention. Services check every field and report all problems at
 * once, through {@link #collect()}.
 */
public class InvalidInputException extends DomainException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("validation.form.invalid");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One field is wrong. */
    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(FieldProblem.of(field, messageKey, arguments)));
    }

    /** Collects the problems of a whole form; one per field, the last one found. */
    public static Problems collect() {
        return new Problems();
    }

    /** In the order they were found. */
    public List<FieldProblem> problems() {
        return problems;
    }

    public Optional<FieldProblem> problem(String field) {
        return problems.stream()
                .filter(problem -> problem.field().equals(field))
                .findFirst();
    }

    /** The problems found so far in a form; {@link #throwIfAny()} reports them together. */
    public static final class Problems {

        private final Map<String, FieldProblem> byField = new LinkedHashMap<>();

        private Problems() {}

        public Problems add(String field, String messageKey, Object... arguments) {
            byField.put(field, FieldProblem.of(field, messageKey, arguments));
            return this;
        }

        /** For the rules' checks that answer with the translation key of a problem, if there is one. */
        public Problems add(String field, Optional<String> messageKey, Object... arguments) {
            messageKey.ifPresent(key -> add(field, key, arguments));
            return this;
        }

        public boolean has(String field) {
            return byField.containsKey(field);
        }

        public void throwIfAny() {
            if (!byField.isEmpty()) {
                throw new InvalidInputException(new ArrayList<>(byField.values()));
            }
        }
    }
}
