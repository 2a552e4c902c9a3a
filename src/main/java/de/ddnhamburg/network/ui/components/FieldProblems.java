package de.ddnhamburg.network.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows what a service found wrong ({@link InvalidInputException}) at the field it belongs to, and
 * keeps what was typed. Every form registers its fields under the names its feature's rules class
 * uses for them.
 */
public final class FieldProblems {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldProblems(Component owner) {
        this.owner = owner;
    }

    /**
     * A field that only repeats the service's answer: it validates manually, since the service is
     * the one place that decides.
     */
    public <T extends HasValidation> T field(String name, T field) {
        field.setManualValidation(true);
        return bound(name, field);
    }

    /** A field that a {@code Binder} already checks while the user types, with the same rules. */
    public <T extends HasValidation> T bound(String name, T field) {
        fields.put(name, field);
        return field;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks the fields and says in a notification that something needs attention. */
    public void show(InvalidInputException e) {
        mark(e);
        Notices.error("validation.form.invalid");
    }

    /** Marks the fields only, for a dialog that says no more than that. */
    public void mark(InvalidInputException e) {
        clear();
        for (FieldProblem problem : e.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(owner.getTranslation(
                        problem.messageKey(), problem.arguments().toArray()));
                field.setInvalid(true);
            }
        }
    }
}
