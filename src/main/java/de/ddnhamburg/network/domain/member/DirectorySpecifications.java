package de.ddnhamburg.network.domain.member;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * The directory query. Every condition only looks at details their owners opened to all members,
 * so that filtering can never reveal a restricted detail. Text search uses the lower-case
 * {@code search_text} column, which PostgreSQL serves from a trigram index.
 */
final class DirectorySpecifications {

    private DirectorySpecifications() {}

    static Specification<Member> matching(DirectoryFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(cb.equal(root.get("status"), MemberStatus.ACTIVE));
            conditions.add(cb.isTrue(root.get("listedInDirectory")));
            for (String word : words(filter.text())) {
                conditions.add(cb.like(root.get("searchText"), "%" + escape(word) + "%", '\\'));
            }
            if (filter.organisation() != null && !filter.organisation().isBlank()) {
                conditions.add(cb.equal(root.get("visibility").get("organisation"), Visibility.MEMBERS));
                conditions.add(cb.like(cb.lower(root.get("organisation")),
                        "%" + escape(filter.organisation().strip().toLowerCase(Locale.GERMAN)) + "%", '\\'));
            }
            if (filter.district() != null) {
                conditions.add(cb.equal(root.get("visibility").get("district"), Visibility.MEMBERS));
                conditions.add(cb.equal(root.get("district"), filter.district()));
            }
            if (filter.topicSlug() != null && !filter.topicSlug().isBlank()) {
                conditions.add(cb.equal(root.get("visibility").get("topics"), Visibility.MEMBERS));
                Subquery<Long> withTopic = query.subquery(Long.class);
                var member = withTopic.from(Member.class);
                Join<Member, Topic> topic = member.join("topics");
                withTopic.select(member.get("id"))
                        .where(cb.equal(member.get("id"), root.get("id")), cb.equal(topic.get("slug"), filter.topicSlug()));
                conditions.add(cb.exists(withTopic));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    static List<String> words(@org.jspecify.annotations.Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().toLowerCase(Locale.GERMAN).split("\\s+"));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
