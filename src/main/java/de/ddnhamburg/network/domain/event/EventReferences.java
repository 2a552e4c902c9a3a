package de.ddnhamburg.network.domain.event;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.group.GroupLookup;
import de.ddnhamburg.network.domain.member.TopicItem;
import de.ddnhamburg.network.domain.member.TopicService;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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

    EventDraft checked(EventDraft draft) {
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
