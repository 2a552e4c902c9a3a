package de.ddnhamburg.network.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.ddnhamburg.network.domain.member.AccountInputException;
import de.ddnhamburg.network.domain.member.FieldProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows what the service found wrong at the field it belongs to. The fields validate manually:
 * the service is the one place that decides, and the form only repeats its answer.
 */
final class FieldProblems {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldProblems(Component owner) {
        this.owner = owner;
    }

    /** Registers a field under the name the service uses for it (see {@code AccountRules}). */
    <T extends HasValidation> T field(String name, T field) {
        field.setManualValidation(true);
        fields.put(name, field);
        return field;
    }

    void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks the fields and says in a notification that something needs attention; the input stays. */
    void show(AccountInputException e) {
        clear();
        e.problems().forEach((name, problem) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(text(problem));
                field.setInvalid(true);
            }
        });
        Notification.show(owner.getTranslation("validation.form.invalid"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private String text(FieldProblem problem) {
        return owner.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }
}
