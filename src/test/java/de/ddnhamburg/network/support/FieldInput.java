package de.ddnhamburg.network.support;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValue;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Sets a field's value as if the user had typed or picked it. Karibu 2.6.2's {@code _setValue},
 * {@code selectByLabel} and {@code setUserInput} call a four-argument internal method that Vaadin
 * 25.1 replaced by a three-argument one, so this helper calls the new one. Value-change events
 * then report {@code isFromClient() == true}, as in the browser.
 */
public final class FieldInput {

    private FieldInput() {}

    public static <V> void setValueAsUser(HasValue<?, V> field, V value) {
        if (field instanceof HasEnabled enabled && !enabled.isEnabled()) {
            throw new IllegalStateException("The field is disabled; a user could not change it: " + field);
        }
        if (field.isReadOnly()) {
            throw new IllegalStateException("The field is read-only; a user could not change it: " + field);
        }
        if (!(field instanceof AbstractField<?, ?>)) {
            field.setValue(value);
            return;
        }
        try {
            Field support = AbstractField.class.getDeclaredField("fieldSupport");
            support.setAccessible(true);
            Object fieldSupport = support.get(field);
            Method setValue =
                    fieldSupport.getClass().getDeclaredMethod("setValue", Object.class, boolean.class, boolean.class);
            setValue.setAccessible(true);
            setValue.invoke(fieldSupport, value, false, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Vaadin's AbstractField internals changed; update FieldInput", e);
        }
    }
}
