package de.ddnhamburg.network.ui.event;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import de.ddnhamburg.network.domain.event.CalendarFilter;
import de.ddnhamburg.network.domain.event.CalendarGroup;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventType;
import de.ddnhamburg.network.domain.member.TopicItem;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The calendar's filters in a bar that wraps on narrow screens. A change by the user hands the new
 * filter on; {@link #show} sets the fields from the address without reporting back.
 */
class CalendarFilterBar extends Div {

    private final Select<EventType> type = new Select<>();
    private final Select<EventFormat> format = new Select<>();
    private final Select<String> topic = new Select<>();
    private final Select<Long> group = new Select<>();
    private final Checkbox mine = new Checkbox();

    CalendarFilterBar(
            List<TopicItem> topics, List<CalendarGroup> groups, boolean member, Consumer<CalendarFilter> changed) {
        setId("calendar-filters");
        addClassNames("filter-bar", "cal-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("event.calendar.filters"));
        String any = getTranslation("event.calendar.filter.any");

        type.setId("filter-type");
        type.setLabel(getTranslation("event.calendar.filter.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(value -> value == null ? any : getTranslation("event.type." + value.name()));

        format.setId("filter-format");
        format.setLabel(getTranslation("event.calendar.filter.format"));
        format.setItems(EventFormat.values());
        format.setItemLabelGenerator(
                value -> value == null ? any : getTranslation("event.calendar.format." + value.name()));

        Map<String, String> topicNames = topics.stream().collect(Collectors.toMap(TopicItem::slug, TopicItem::name));
        topic.setId("filter-topic");
        topic.setLabel(getTranslation("event.calendar.filter.topic"));
        topic.setItems(topics.stream().map(TopicItem::slug).toList());
        topic.setItemLabelGenerator(slug -> slug == null ? any : topicNames.getOrDefault(slug, slug));

        Map<Long, String> groupNames =
                groups.stream().collect(Collectors.toMap(CalendarGroup::id, CalendarGroup::name));
        group.setId("filter-group");
        group.setLabel(getTranslation("event.calendar.filter.group"));
        group.setItems(groups.stream().map(CalendarGroup::id).toList());
        group.setItemLabelGenerator(id -> id == null ? any : groupNames.getOrDefault(id, ""));
        group.setVisible(!groups.isEmpty());

        mine.setId("filter-mine");
        mine.setLabel(getTranslation("event.calendar.filter.mine"));
        mine.setVisible(member);

        for (Select<?> select : List.of(type, format, topic, group)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(any);
        }
        for (AbstractField<?, ?> field : List.<AbstractField<?, ?>>of(type, format, topic, group, mine)) {
            field.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    changed.accept(current());
                }
            });
        }
        add(type, format, topic, group, mine);
    }

    void show(CalendarFilter filter) {
        type.setValue(filter.type());
        format.setValue(filter.format());
        topic.setValue(filter.topic());
        group.setValue(filter.groupId());
        mine.setValue(filter.onlyMine());
    }

    private CalendarFilter current() {
        return new CalendarFilter(
                type.getValue(),
                format.getValue(),
                topic.getValue(),
                group.getValue(),
                mine.isVisible() && mine.getValue());
    }
}
