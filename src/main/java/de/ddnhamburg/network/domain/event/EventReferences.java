package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Checks what an event draft refers to elsewhere: its topics and its organising group. */
@Component
class EventReferences {

    private final TopicService topics;
    private final GroupLookup groups;

    EventReferences(TopicService topics, GroupLookup groups) {
        this.topics = topics;
        this.groups = groups;
    }

    /**
     * A hidden group organises events for its own members only (issue 12): a wider event would
     * show outsiders an organiser they may not see. An event planned before its group was hidden
     * keeps its audience (it may still be edited, {@code before}), but is not widened.
     *
     * @param before the event as saved, or {@code null} for a new one
     */
    EventDraft checked(EventDraft draft, @Nullable EventDraft before) {
        EventDraft valid = checked(draft);
        Long groupId = valid.groupId();
        boolean unchanged =
                before != null && Objects.equals(before.groupId(), groupId) && before.audience() == valid.audience();
        if (groupId != null
                && valid.audience() != EventAudience.GROUP_MEMBERS
                && !unchanged
                && groups.isHidden(groupId)) {
            throw new DomainException("event.validation.hiddenGroupAudience");
        }
        return valid;
    }

    private EventDraft checked(EventDraft draft) {
        Set<String> known =
                topics.findAll(Locale.GERMAN).stream().map(TopicItem::slug).collect(Collectors.toSet());
        for (String slug : draft.topicSlugs()) {
            if (!known.contains(slug)) {
                throw new DomainException("topic.unknown", slug);
            }
        }
        if (draft.groupId() != null && !groups.isOpen(draft.groupId())) {
            throw new DomainException("event.validation.groupUnknown");
        }
        return draft;
    }
}
