package de.ddnhamburg.network.ui.announcement;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.announcement.AnnouncementRules;
import de.ddnhamburg.network.domain.announcement.Audience;
import de.ddnhamburg.network.domain.announcement.AudienceChoices;
import de.ddnhamburg.network.domain.announcement.AudienceKind;
import de.ddnhamburg.network.domain.congress.CongressAudienceChoice;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.ui.components.FieldProblems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The segment: a kind, and the choices that kind needs (a group; a congress with an optional
 * category, workshop and status; a workshop; an event). Only the fields of the chosen kind show.
 * Whether a choice is missing is the service's answer, shown at the field.
 */
class AudiencePicker extends FormLayout {

    private final AudienceChoices choices;
    private final Select<AudienceKind> kind = new Select<>();
    private final Select<@Nullable Long> group = new Select<>();
    private final Select<@Nullable Long> congress = new Select<>();
    private final Select<@Nullable Long> category = new Select<>();
    private final Select<@Nullable Long> session = new Select<>();
    private final Select<@Nullable CongressRegistrationStatus> status = new Select<>();
    private final Select<@Nullable Long> event = new Select<>();

    AudiencePicker(AudienceChoices choices, FieldProblems problems, Runnable changed) {
        this.choices = choices;
        setId("announcement-audience");
        kind.setId("announcement-kind");
        kind.setLabel(getTranslation("announcement.audience.kind"));
        kind.setItems(AudienceKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("announcement.audience.kind." + value.name()));
        kind.setValue(AudienceKind.ALL_MEMBERS);

        configure(group, "announcement-group", "announcement.audience.group", choices.groups());
        problems.field(AnnouncementRules.GROUP, group);
        configure(
                congress,
                "announcement-congress",
                "announcement.audience.congress",
                choices.congresses().stream().map(CongressAudienceChoice::id).toList(),
                id -> congressChoice(id).map(CongressAudienceChoice::title).orElse(""));
        problems.field(AnnouncementRules.CONGRESS, congress);
        configure(category, "announcement-category", "announcement.audience.category", Map.of());
        optional(category, "announcement.audience.allCategories");
        problems.field(AnnouncementRules.CATEGORY, category);
        configure(session, "announcement-session", "announcement.audience.session", Map.of());
        problems.field(AnnouncementRules.SESSION, session);
        status.setId("announcement-status");
        status.setLabel(getTranslation("announcement.audience.status"));
        status.setItems(
                CongressRegistrationStatus.CONFIRMED,
                CongressRegistrationStatus.AWAITING_APPROVAL,
                CongressRegistrationStatus.WAITLISTED,
                CongressRegistrationStatus.CANCELLED);
        optional(status, "announcement.audience.allStatuses");
        status.setItemLabelGenerator(value -> value == null
                ? getTranslation("announcement.audience.allStatuses")
                : getTranslation("announcement.registrationStatus." + value.name()));
        configure(event, "announcement-event", "announcement.audience.event", choices.events());
        problems.field(AnnouncementRules.EVENT, event);

        kind.addValueChangeListener(change -> {
            showFieldsOf(change.getValue());
            changed.run();
        });
        congress.addValueChangeListener(change -> {
            fillCongressParts(change.getValue());
            changed.run();
        });
        List.of(group, category, session, event)
                .forEach(select -> select.addValueChangeListener(change -> changed.run()));
        status.addValueChangeListener(change -> changed.run());
        add(kind, group, congress, category, session, status, event);
        showFieldsOf(AudienceKind.ALL_MEMBERS);
    }

    Audience value() {
        AudienceKind chosen = Optional.ofNullable(kind.getValue()).orElse(AudienceKind.ALL_MEMBERS);
        return switch (chosen) {
            case ALL_MEMBERS -> Audience.allMembers();
            case GROUP_MEMBERS -> Audience.groupMembers(group.getValue());
            case CONGRESS_PARTICIPANTS ->
                Audience.congressParticipants(
                        congress.getValue(), category.getValue(), session.getValue(), status.getValue());
            case WORKSHOP_WAITING_LIST -> Audience.workshopWaitingList(congress.getValue(), session.getValue());
            case EVENT_WAITING_LIST -> Audience.eventWaitingList(event.getValue());
        };
    }

    private void showFieldsOf(AudienceKind chosen) {
        boolean participants = chosen == AudienceKind.CONGRESS_PARTICIPANTS;
        boolean workshopList = chosen == AudienceKind.WORKSHOP_WAITING_LIST;
        group.setVisible(chosen == AudienceKind.GROUP_MEMBERS);
        congress.setVisible(participants || workshopList);
        category.setVisible(participants);
        status.setVisible(participants);
        session.setVisible(participants || workshopList);
        // For participants the workshop narrows (any workshop by default); a waiting list needs one.
        session.setEmptySelectionAllowed(participants);
        session.setEmptySelectionCaption(getTranslation("announcement.audience.anySession"));
        session.setLabel(getTranslation(
                participants ? "announcement.audience.session" : "announcement.audience.waitingSession"));
        event.setVisible(chosen == AudienceKind.EVENT_WAITING_LIST);
    }

    private void fillCongressParts(@Nullable Long congressId) {
        Optional<CongressAudienceChoice> chosen = congressChoice(congressId);
        Map<Long, String> categories =
                chosen.map(CongressAudienceChoice::categories).orElse(Map.of());
        Map<Long, String> sessions =
                chosen.map(CongressAudienceChoice::sessions).orElse(Map.of());
        category.setItems(categories.keySet());
        category.setItemLabelGenerator(id -> label(categories, id, "announcement.audience.allCategories"));
        session.setItems(sessions.keySet());
        session.setItemLabelGenerator(id -> label(sessions, id, "announcement.audience.anySession"));
    }

    private Optional<CongressAudienceChoice> congressChoice(@Nullable Long id) {
        return choices.congresses().stream()
                .filter(choice -> id != null && choice.id() == id)
                .findFirst();
    }

    private String label(Map<Long, String> names, @Nullable Long id, String emptyKey) {
        return id == null ? getTranslation(emptyKey) : names.getOrDefault(id, "");
    }

    private void configure(Select<@Nullable Long> select, String id, String labelKey, Map<Long, String> names) {
        configure(select, id, labelKey, List.copyOf(names.keySet()), value -> names.getOrDefault(value, ""));
    }

    private void configure(
            Select<@Nullable Long> select,
            String id,
            String labelKey,
            List<Long> items,
            java.util.function.Function<Long, String> names) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(value -> value == null ? "" : names.apply(value));
        select.setPlaceholder(getTranslation("announcement.audience.choose"));
    }

    private <T> void optional(Select<@Nullable T> select, String captionKey) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(captionKey));
    }
}
