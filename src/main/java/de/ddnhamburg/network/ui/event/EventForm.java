package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventDraft;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRules;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.event.GroupChoice;
import de.ddnhamburg.network.domain.event.OrganiserChoices;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.ui.components.AriaRequired;
import de.ddnhamburg.network.ui.components.ComponentTexts;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The organiser's fields of an event. The binder checks what EventRules checks, with the same
 * messages, at the field; what only the service can know (a stale form, seats already taken) is
 * shown at its field by {@link #show(DomainException)}. Nothing typed is lost either way. The
 * binder's bean, and how it becomes a draft, is {@link EventFields}.
 */
class EventForm extends FormLayout {

    private final TextField title = new TextField();
    private final Select<EventType> type = new Select<>();
    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<TopicItem> topics = new MultiSelectComboBox<>();
    private final ComboBox<GroupChoice> group = new ComboBox<>();
    private final DateTimePicker starts = new DateTimePicker();
    private final DateTimePicker ends = new DateTimePicker();
    private final RadioButtonGroup<EventFormat> format = new RadioButtonGroup<>();
    private final TextField venue = new TextField();
    private final TextField address = new TextField();
    private final TextField onlineLink = new TextField();
    private final IntegerField inPersonCapacity = new IntegerField();
    private final IntegerField onlineCapacity = new IntegerField();
    private final DateTimePicker opens = new DateTimePicker();
    private final DateTimePicker closes = new DateTimePicker();
    private final RadioButtonGroup<EventAudience> audience = new RadioButtonGroup<>();
    private final Checkbox guests = new Checkbox();
    private final Paragraph problem = new Paragraph();
    private final Binder<EventFields> binder = new Binder<>();
    private final List<TopicItem> allTopics;
    private final OrganiserChoices choices;

    EventForm(List<TopicItem> allTopics, OrganiserChoices choices) {
        this.allTopics = allTopics;
        this.choices = choices;
        setId("event-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        label(title, "title").setMaxLength(EventRules.TITLE_MAX);
        label(type, "type").setItems(EventType.values());
        type.setItemLabelGenerator(value -> getTranslation("event.type." + value.name()));
        label(description, "description").setMaxLength(EventRules.DESCRIPTION_MAX);
        label(topics, "topics").setItems(allTopics);
        topics.setItemLabelGenerator(TopicItem::name);
        label(group, "group").setItems(choices.groups());
        group.setItemLabelGenerator(GroupChoice::name);
        group.setClearButtonVisible(choices.withoutGroup());
        group.setRequiredIndicatorVisible(!choices.withoutGroup());
        for (DateTimePicker picker :
                List.of(label(starts, "starts"), label(ends, "ends"), label(opens, "opens"), label(closes, "closes"))) {
            ComponentTexts.localize(picker);
        }
        label(format, "format").setItems(EventFormat.values());
        format.setItemLabelGenerator(value -> getTranslation("event.format." + value.name()));
        label(venue, "venue").setMaxLength(EventRules.VENUE_MAX);
        label(address, "address").setMaxLength(EventRules.VENUE_MAX);
        label(onlineLink, "onlineLink").setMaxLength(EventRules.LINK_MAX);
        onlineLink.setPlaceholder("https://");
        for (IntegerField capacity :
                List.of(label(inPersonCapacity, "inPersonCapacity"), label(onlineCapacity, "onlineCapacity"))) {
            capacity.setHelperText(getTranslation("event.form.capacityHelp"));
        }
        label(audience, "audience").setItems(EventAudience.values());
        audience.setItemLabelGenerator(value -> getTranslation("event.audience." + value.name()));
        guests.setId("event-form-guests");
        guests.setLabel(getTranslation("event.form.guests"));
        audience.addValueChangeListener(change -> guestsFollowAudience());
        problem.setId("event-form-error");
        problem.addClassName("form-error");
        problem.setVisible(false);
        bind();
        AriaRequired.onlyOnInputs(type, starts, ends, opens, closes);
        add(
                title,
                type,
                description,
                topics,
                group,
                audience,
                guests,
                starts,
                ends,
                format,
                venue,
                address,
                onlineLink,
                inPersonCapacity,
                onlineCapacity,
                opens,
                closes,
                problem);
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(problem, 2);
    }

    private <C extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasLabel> C label(
            C field, String name) {
        field.setId("event-form-" + name);
        field.setLabel(getTranslation("event.form." + name));
        return field;
    }

    private void bind() {
        String capacityMessage = getTranslation("event.validation.capacity", EventRules.CAPACITY_MAX);
        binder.forField(title).asRequired(required("title")).bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(type).asRequired(required("type")).bind(f -> f.type, (f, v) -> f.type = v);
        binder.forField(description).bind(f -> f.description, (f, v) -> f.description = v);
        binder.forField(topics).bind(f -> f.topics, (f, v) -> f.topics = v);
        binder.forField(group)
                .withValidator(value -> value != null || choices.withoutGroup(), required("group"))
                .withValidator(
                        value -> value != null || audience.getValue() != EventAudience.GROUP_MEMBERS,
                        getTranslation("event.validation.groupRequired"))
                .bind(f -> f.group, (f, v) -> f.group = v);
        binder.forField(starts).asRequired(required("starts")).bind(f -> f.starts, (f, v) -> f.starts = v);
        Binding<EventFields, LocalDateTime> end = binder.forField(ends)
                .asRequired(required("ends"))
                .withValidator(
                        value -> starts.getValue() == null || value.isAfter(starts.getValue()),
                        getTranslation("event.validation.endBeforeStart"))
                .bind(f -> f.ends, (f, v) -> f.ends = v);
        starts.addValueChangeListener(change -> {
            if (ends.getValue() != null) {
                end.validate();
            }
        });
        binder.forField(format).asRequired(required("format")).bind(f -> f.format, (f, v) -> f.format = v);
        binder.forField(venue).bind(f -> f.venue, (f, v) -> f.venue = v);
        binder.forField(address).bind(f -> f.address, (f, v) -> f.address = v);
        binder.forField(onlineLink)
                .withValidator(
                        value -> value.isBlank() || value.strip().startsWith("https://"),
                        getTranslation("event.validation.link"))
                .bind(f -> f.onlineLink, (f, v) -> f.onlineLink = v);
        binder.forField(inPersonCapacity)
                .withValidator(EventForm::capacityOk, capacityMessage)
                .bind(f -> f.inPersonCapacity, (f, v) -> f.inPersonCapacity = v);
        binder.forField(onlineCapacity)
                .withValidator(EventForm::capacityOk, capacityMessage)
                .bind(f -> f.onlineCapacity, (f, v) -> f.onlineCapacity = v);
        binder.forField(opens).bind(f -> f.opens, (f, v) -> f.opens = v);
        binder.forField(closes)
                .withValidator(
                        value -> value == null || opens.getValue() == null || value.isAfter(opens.getValue()),
                        getTranslation("event.validation.window"))
                .bind(f -> f.closes, (f, v) -> f.closes = v);
        binder.forField(audience).asRequired(required("audience")).bind(f -> f.audience, (f, v) -> f.audience = v);
        binder.forField(guests).bind(f -> f.guests, (f, v) -> f.guests = v);
    }

    private String required(String field) {
        return getTranslation("event.validation.required", getTranslation("event.form." + field));
    }

    private static boolean capacityOk(@Nullable Integer capacity) {
        return capacity == null || (capacity >= 1 && capacity <= EventRules.CAPACITY_MAX);
    }

    private void guestsFollowAudience() {
        boolean open = audience.getValue() == EventAudience.PUBLIC;
        if (!open) {
            guests.setValue(false);
        }
        guests.setEnabled(open);
    }

    /** Fills the fields with an event; {@code null} for a new one with sensible defaults. */
    void fill(@Nullable EventDraft draft) {
        binder.readBean(draft == null ? EventFields.forNewEvent(choices) : EventFields.of(draft, allTopics, choices));
        guestsFollowAudience();
        problem.setVisible(false);
    }

    /** The event as entered, or empty with the problems shown at their fields. */
    Optional<EventDraft> read() {
        problem.setVisible(false);
        EventFields fields = new EventFields();
        if (!binder.writeBeanIfValid(fields)) {
            return Optional.empty();
        }
        return Optional.of(fields.toDraft());
    }

    /** Shows the service's refusal at the field it concerns, or above the buttons; the input stays. */
    void show(DomainException refusal) {
        String key = refusal.getMessageKey();
        Object[] arguments = refusal.getArguments();
        if (key.equals("event.validation.required") || key.equals("event.validation.tooLong")) {
            arguments = arguments.clone();
            arguments[0] = getTranslation("event.form." + arguments[0]);
        }
        String message = getTranslation(key, arguments);
        HasValidation field = fieldFor(key, refusal.getArguments());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            problem.setText(message);
            problem.setVisible(true);
        }
    }

    private @Nullable HasValidation fieldFor(String key, Object[] arguments) {
        Map<String, HasValidation> byName = Map.of(
                "title",
                title,
                "description",
                description,
                "venue",
                venue,
                "onlineLink",
                onlineLink,
                "address",
                address);
        return switch (key) {
            case "event.validation.required", "event.validation.tooLong" ->
                arguments.length > 0 ? byName.get(String.valueOf(arguments[0])) : null;
            case "event.validation.link" -> onlineLink;
            case "event.validation.endBeforeStart" -> ends;
            case "event.validation.window" -> closes;
            case "event.validation.groupRequired", "event.validation.groupUnknown" -> group;
            case "event.edit.capacityBelowConfirmed.IN_PERSON" -> inPersonCapacity;
            case "event.edit.capacityBelowConfirmed.ONLINE" -> onlineCapacity;
            case "event.edit.formatDropsSeats.IN_PERSON", "event.edit.formatDropsSeats.ONLINE" -> format;
            default -> null;
        };
    }
}
