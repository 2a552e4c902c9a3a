package de.ddnhamburg.network.domain.member;

import java.util.Locale;

/** A topic as shown to users, already in their language. */
public record TopicItem(long id, String slug, String name) {

    static TopicItem of(Topic topic, Locale locale) {
        return new TopicItem(topic.getId(), topic.getSlug(), topic.getName(locale));
    }
}
