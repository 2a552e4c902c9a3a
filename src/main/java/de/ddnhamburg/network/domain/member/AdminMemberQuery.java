package de.ddnhamburg.network.domain.member;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The member administration's filter as a query: only the filters that are set become conditions. */
final class AdminMemberQuery {

    private AdminMemberQuery() {}

    static Specification<Member> of(AdminMemberFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (filter.status() != null) {
                conditions.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.role() != null) {
                conditions.add(cb.isMember(filter.role(), root.<java.util.Collection<String>>get("roles")));
            }
            String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                String pattern = "%" + escape(text) + "%";
                conditions.add(cb.or(
                        cb.like(root.get("email"), pattern, '\\'),
                        cb.like(cb.lower(root.get("firstName")), pattern, '\\'),
                        cb.like(cb.lower(root.get("lastName")), pattern, '\\'),
                        cb.like(cb.lower(root.get("organisation")), pattern, '\\')));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    /** A typed % or _ is searched for, not used as a wildcard. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
