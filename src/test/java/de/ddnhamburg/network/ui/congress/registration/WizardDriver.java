package de.ddnhamburg.network.ui.congress.registration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static de.ddnhamburg.network.support.FieldInput.setValueAsUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.congress.CategoryOption;
import de.ddnhamburg.network.domain.congress.SessionOption;
import org.jspecify.annotations.Nullable;

/** Fills and moves the registration wizard as a person would, by the fields' ids. */
final class WizardDriver {

    private WizardDriver() {}

    static void type(String id, String value) {
        setValueAsUser(_get(TextField.class, spec -> spec.withId(id)), value);
    }

    static void email(String value) {
        setValueAsUser(_get(EmailField.class, spec -> spec.withId("wizard-email")), value);
    }

    static void area(String id, String value) {
        setValueAsUser(_get(TextArea.class, spec -> spec.withId(id)), value);
    }

    static void tick(String id) {
        setValueAsUser(_get(Checkbox.class, spec -> spec.withId(id)), true);
    }

    static void next() {
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));
    }

    static void back() {
        _click(_get(Button.class, spec -> spec.withId("wizard-back")));
    }

    static void submit() {
        _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
    }

    static String counter() {
        return _get(Paragraph.class, spec -> spec.withId("wizard-step-counter")).getText();
    }

    @SuppressWarnings("unchecked")
    static void category(long categoryId) {
        RadioButtonGroup<CategoryOption> group = _get(RadioButtonGroup.class, spec -> spec.withId("wizard-category"));
        setValueAsUser(
                group,
                group.getListDataView()
                        .getItems()
                        .filter(option -> option.id() == categoryId)
                        .findFirst()
                        .orElseThrow());
    }

    @SuppressWarnings("unchecked")
    static void session(long slotId, long sessionId) {
        RadioButtonGroup<SessionOption> group =
                _get(RadioButtonGroup.class, spec -> spec.withId("wizard-slot-" + slotId));
        setValueAsUser(
                group,
                group.getListDataView()
                        .getItems()
                        .filter(option -> option.id() == sessionId)
                        .findFirst()
                        .orElseThrow());
    }

    @SuppressWarnings("unchecked")
    static void secondChoice(long slotId, long sessionId) {
        Select<SessionOption> select = _get(Select.class, spec -> spec.withId("wizard-second-" + slotId));
        setValueAsUser(
                select,
                select.getListDataView()
                        .getItems()
                        .filter(option -> option.id() == sessionId)
                        .findFirst()
                        .orElseThrow());
    }

    /** The error shown at a field, or null if it is valid. */
    static @Nullable String error(String id) {
        HasValidation field = (HasValidation) _get(Component.class, spec -> spec.withId(id));
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    static void guestDetails(String email) {
        type("wizard-first-name", "Gina");
        type("wizard-last-name", "Gast");
        email(email);
        type("wizard-organisation", "Quartiersbüro");
    }
}
