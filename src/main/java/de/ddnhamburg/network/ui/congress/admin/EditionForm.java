package de.ddnhamburg.network.ui.congress.admin;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.congress.CongressDraft;
import de.ddnhamburg.network.domain.congress.CongressRules;
import de.ddnhamburg.network.ui.components.AriaRequired;
import de.ddnhamburg.network.ui.components.FieldProblems;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** The fields of a congress edition; the service checks them and the form shows its answer at the fields. */
class EditionForm extends FormLayout {

    final TextField title = new TextField();
    final TextField subtitle = new TextField();
    final TextArea description = new TextArea();
    final DatePicker firstDay = new DatePicker();
    final IntegerField dayCount = new IntegerField();
    final TextField venueName = new TextField();
    final TextField venueAddress = new TextField();
    final DateTimePicker opens = new DateTimePicker();
    final DateTimePicker closes = new DateTimePicker();
    final DateTimePicker deadline = new DateTimePicker();
    final IntegerField capacity = new IntegerField();
    final TextField contactName = new TextField();
    final TextField contactEmail = new TextField();
    private final FieldProblems problems = new FieldProblems(this);

    EditionForm() {
        setId("congress-edition-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
        field(title, CongressRules.TITLE, "title", CongressRules.TITLE_MAX);
        field(subtitle, CongressRules.SUBTITLE, "subtitle", CongressRules.SUBTITLE_MAX);
        description.setId("congress-description");
        description.setLabel(getTranslation("congress.field.description"));
        description.setMaxLength(CongressRules.DESCRIPTION_MAX);
        problems.field(CongressRules.DESCRIPTION, description);
        firstDay.setId("congress-firstDay");
        firstDay.setLabel(getTranslation("congress.field.firstDay"));
        firstDay.setRequiredIndicatorVisible(true);
        problems.field(CongressRules.FIRST_DAY, firstDay);
        dayCount.setId("congress-dayCount");
        dayCount.setLabel(getTranslation("congress.field.dayCount"));
        dayCount.setMin(1);
        dayCount.setMax(CongressRules.MAX_DAYS);
        dayCount.setStepButtonsVisible(true);
        dayCount.setValue(1);
        problems.field(CongressRules.DAY_COUNT, dayCount);
        field(venueName, CongressRules.VENUE_NAME, "venueName", CongressRules.VENUE_NAME_MAX);
        field(venueAddress, CongressRules.VENUE_ADDRESS, "venueAddress", CongressRules.VENUE_ADDRESS_MAX);
        picker(opens, CongressRules.OPENS, "opens");
        picker(closes, CongressRules.CLOSES, "closes");
        picker(deadline, CongressRules.CANCELLATION, "deadline");
        capacity.setId("congress-capacity");
        capacity.setLabel(getTranslation("congress.field.capacity"));
        capacity.setMin(1);
        capacity.setRequiredIndicatorVisible(true);
        problems.field(CongressRules.CAPACITY, capacity);
        field(contactName, CongressRules.CONTACT_NAME, "contactName", CongressRules.CONTACT_NAME_MAX);
        field(contactEmail, CongressRules.CONTACT_EMAIL, "contactEmail", 320);
        add(title, subtitle, firstDay, dayCount, venueName, venueAddress, opens, closes, deadline, capacity);
        add(contactName, contactEmail);
        add(description, 2);
        subtitle.setRequiredIndicatorVisible(false);
    }

    CongressDraft draft() {
        return new CongressDraft(
                title.getValue(),
                subtitle.getValue(),
                description.getValue(),
                firstDay.getValue(),
                dayCount.getValue() == null ? 0 : dayCount.getValue(),
                venueName.getValue(),
                venueAddress.getValue(),
                instant(opens.getValue()),
                instant(closes.getValue()),
                instant(deadline.getValue()),
                capacity.getValue() == null ? 0 : capacity.getValue(),
                contactName.getValue(),
                contactEmail.getValue());
    }

    void show(CongressDraft draft) {
        title.setValue(text(draft.title()));
        subtitle.setValue(text(draft.subtitle()));
        description.setValue(text(draft.description()));
        firstDay.setValue(draft.firstDay());
        dayCount.setValue(draft.dayCount());
        venueName.setValue(text(draft.venueName()));
        venueAddress.setValue(text(draft.venueAddress()));
        opens.setValue(local(draft.registrationOpensAt()));
        closes.setValue(local(draft.registrationClosesAt()));
        deadline.setValue(local(draft.cancellationDeadline()));
        capacity.setValue(draft.capacity());
        contactName.setValue(text(draft.contactName()));
        contactEmail.setValue(text(draft.contactEmail()));
    }

    void mark(InvalidInputException e) {
        problems.mark(e);
    }

    void show(InvalidInputException e) {
        problems.show(e);
    }

    void clearProblems() {
        problems.clear();
    }

    private void field(TextField field, String name, String key, int max) {
        field.setId("congress-" + key);
        field.setLabel(getTranslation("congress.field." + key));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(true);
        problems.field(name, field);
    }

    private void picker(DateTimePicker picker, String name, String key) {
        picker.setId("congress-" + key);
        picker.setLabel(getTranslation("congress.field." + key));
        picker.setRequiredIndicatorVisible(true);
        AriaRequired.onlyOnInputs(picker);
        problems.field(name, picker);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.atZone(ClockConfig.DISPLAY_ZONE).toInstant();
    }

    private static @Nullable LocalDateTime local(@Nullable Instant value) {
        return value == null ? null : LocalDateTime.ofInstant(value, ClockConfig.DISPLAY_ZONE);
    }
}
