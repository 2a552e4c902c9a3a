package de.ddnhamburg.network.domain.member;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curated topic list. Readable by everyone: it appears on public pages too.
 *
 * <p>The topics come with the migrations and nothing in the application changes them, so the list
 * is read once per language and shared: every open directory, profile form and event filter holds
 * the same immutable list instead of 65 topics of its own (docs/benchmarks.md, "Memory per
 * session").
 */
@Service
@Transactional(readOnly = true)
public class TopicService {

    private final TopicRepository topics;
    private final Map<String, List<TopicItem>> byLanguage = new ConcurrentHashMap<>();

    TopicService(TopicRepository topics) {
        this.topics = topics;
    }

    public List<TopicItem> findAll(Locale locale) {
        // Two lists at most: a topic has a German and an English name, any other language reads German.
        Locale names = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        return byLanguage.computeIfAbsent(
                names.getLanguage(),
                language -> topics.findAllByOrderByNameDeAsc().stream()
                        .map(topic -> TopicItem.of(topic, names))
                        .toList());
    }
}
