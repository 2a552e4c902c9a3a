package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The curated topic list. Readable by everyone: it appears on public pages too. */
@Service
@Transactional(readOnly = true)
public class TopicService {

    private final TopicRepository topics;

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    public List<TopicItem> findAll(Locale locale) {
        return topics.findAllByOrderByNameDeAsc().stream()
                .map(topic -> TopicItem.of(topic, locale))
                .toList();
    }
}
