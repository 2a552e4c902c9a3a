package de.ddnhamburg.network.domain.member;

import java.util.Locale;

/** A topic as shown to users, already in their language. */
public record TopicView(long id, String slug, String name) {

    static TopicView of(Topic topic, Locale locale) {
        return new TopicView(topic.getId(), topic.getSlug(), topic.getName(locale));
    }
}
