package de.ddnhamburg.network.ui.member;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.Visibility;
import java.util.EnumMap;
import java.util.Map;

/** "Who sees what": one choice per profile detail. */
class VisibilityChoices extends Div {

    private final Map<ProfileField, RadioButtonGroup<Visibility>> choices = new EnumMap<>(ProfileField.class);

    VisibilityChoices(Map<ProfileField, Visibility> current) {
        addClassNames("card", "visibility-choices");
        add(
                new H2(getTranslation("member.edit.visibility.title")),
                new Paragraph(getTranslation("member.edit.visibility.lead")));
        for (ProfileField field : ProfileField.values()) {
            RadioButtonGroup<Visibility> group =
                    new RadioButtonGroup<>(getTranslation("profile.field." + field.name()));
            group.setId("visibility-" + field.name().toLowerCase(java.util.Locale.ROOT));
            group.setItems(Visibility.values());
            group.setItemLabelGenerator(value -> getTranslation("visibility." + value.name()));
            group.setValue(current.getOrDefault(field, field.defaultVisibility()));
            choices.put(field, group);
            add(group);
        }
    }

    Map<ProfileField, Visibility> values() {
        Map<ProfileField, Visibility> values = new EnumMap<>(ProfileField.class);
        choices.forEach((field, group) -> values.put(field, group.getValue()));
        return values;
    }
}
