package de.ddnhamburg.network.ui.congress.checkin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import de.ddnhamburg.network.domain.congress.checkin.CheckInRules;
import java.util.Optional;
import java.util.function.Consumer;

/** Asks once which desk this device is: the name other desks see in "bereits eingecheckt … an Platz …". */
final class DeskNameForm extends Div {

    DeskNameForm(Consumer<String> chosen) {
        setId("check-in-desk-form");
        addClassName("check-in-desk-form");
        TextField name = new TextField(getTranslation("checkin.desk.label"));
        name.setId("check-in-desk-name");
        name.setHelperText(getTranslation("checkin.desk.help"));
        name.setMaxLength(CheckInRules.DESK_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setAutofocus(true);
        Button save = new Button(getTranslation("checkin.desk.save"), click -> {
            Optional<String> desk = CheckInRules.desk(name.getValue());
            if (desk.isPresent()) {
                chosen.accept(desk.get());
            } else {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("checkin.desk.invalid"));
            }
        });
        save.setId("check-in-desk-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name);
        add(new H2(getTranslation("checkin.desk.title")), name, save);
        name.focus();
    }
}
