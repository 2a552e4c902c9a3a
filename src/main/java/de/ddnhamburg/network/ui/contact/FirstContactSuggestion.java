package de.ddnhamburg.network.ui.contact;

import com.vaadin.flow.component.Component;
import de.ddnhamburg.network.domain.contact.FirstContactMessage;
import de.ddnhamburg.network.domain.member.Commonalities;
import de.ddnhamburg.network.domain.member.OwnProfile;
import de.ddnhamburg.network.domain.member.TopicItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A first draft for the dialog, so that nobody starts from an empty page: who I am from my own
 * profile, why I write from what we have in common. The next step is left to the writer on
 * purpose; it is the part that makes a message personal.
 */
final class FirstContactSuggestion {

    private FirstContactSuggestion() {}

    static FirstContactMessage of(Component translator, OwnProfile me, @Nullable Commonalities shared) {
        String name = Stream.of(me.title(), me.firstName(), me.lastName())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        String work = Stream.of(me.position(), me.organisation())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        String whoIAm = work.isEmpty()
                ? translator.getTranslation("contact.suggest.whoIAm", name)
                : translator.getTranslation("contact.suggest.whoIAm.work", name, work);
        return new FirstContactMessage(whoIAm, whyIWrite(translator, shared), "");
    }

    private static String whyIWrite(Component translator, @Nullable Commonalities shared) {
        if (shared == null || shared.isEmpty()) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        if (!shared.topics().isEmpty()) {
            List<String> topics = shared.topics().stream().map(TopicItem::name).toList();
            sentences.add(translator.getTranslation("contact.suggest.topics", enumerate(translator, topics)));
        }
        if (!shared.expertise().isEmpty()) {
            sentences.add(
                    translator.getTranslation("contact.suggest.expertise", enumerate(translator, shared.expertise())));
        }
        return String.join(" ", sentences);
    }

    /** "A", "A und B", "A, B und C". */
    static String enumerate(Component translator, List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " "
                + translator.getTranslation("contact.suggest.and") + " " + items.getLast();
    }
}
