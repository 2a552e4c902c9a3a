package de.ddnhamburg.network.domain.congress;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The admins' filter of a congress's registrations as a query: only the filters that are set become
 * conditions. Payment and check-in come from other features as sets of registration ids (a congress
 * has a few hundred registrations), which become {@code id in (...)} conditions.
 */
final class AdminRegistrationQuery {

    /**
     * What the other features know: the ids paid and checked in, whether payments are tracked at
     * all (else a paid category's ticket is of unknown state, never open); and the categories that
     * cost something.
     */
    record Known(
            Collection<Long> paid,
            boolean paymentsTracked,
            Collection<Long> checkedIn,
            Collection<Long> paidCategories) {}

    private AdminRegistrationQuery() {}

    static Specification<CongressRegistration> of(long congressId, AdminRegistrationFilter filter, Known known) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(cb.equal(root.get("congressId"), congressId));
            String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                String pattern = "%" + escape(text) + "%";
                Expression<String> fullName = cb.concat(cb.concat(root.get("firstName"), " "), root.get("lastName"));
                conditions.add(cb.or(
                        cb.like(cb.lower(fullName), pattern, '\\'),
                        cb.like(cb.lower(root.get("email")), pattern, '\\'),
                        cb.like(cb.lower(root.get("organisation")), pattern, '\\'),
                        cb.like(cb.lower(root.get("ticketCode")), pattern, '\\')));
            }
            if (filter.categoryId() != null) {
                conditions.add(cb.equal(root.get("categoryId"), filter.categoryId()));
            }
            if (filter.status() != null) {
                conditions.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.sessionId() != null && query != null) {
                Subquery<Long> chose = query.subquery(Long.class);
                Root<CongressSessionChoice> choice = chose.from(CongressSessionChoice.class);
                chose.select(choice.get("registrationId"))
                        .where(
                                cb.equal(choice.get("registrationId"), root.get("id")),
                                cb.equal(choice.get("sessionId"), filter.sessionId()));
                conditions.add(cb.exists(chose));
            }
            if (filter.payment() != null) {
                conditions.add(
                        switch (filter.payment()) {
                            case PAID -> in(cb, root.get("id"), known.paid());
                            case OPEN -> known.paymentsTracked() ? unpaid(cb, root, known) : cb.disjunction();
                            case UNKNOWN -> known.paymentsTracked() ? cb.disjunction() : unpaid(cb, root, known);
                            // The list does not tell this state apart (RegistrationFilters does not offer it).
                            case NO_INVOICE -> cb.disjunction();
                            case NOT_DUE -> cb.not(in(cb, root.get("categoryId"), known.paidCategories()));
                        });
            }
            if (filter.checkedIn() != null) {
                Predicate checkedIn = in(cb, root.get("id"), known.checkedIn());
                conditions.add(filter.checkedIn() ? checkedIn : cb.not(checkedIn));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    /** A ticket of a paid category that is not paid. */
    private static Predicate unpaid(CriteriaBuilder cb, Root<CongressRegistration> root, Known known) {
        return cb.and(
                in(cb, root.get("categoryId"), known.paidCategories()), cb.not(in(cb, root.get("id"), known.paid())));
    }

    /** {@code in} over a set that may be empty: then nothing matches. */
    private static Predicate in(CriteriaBuilder cb, Expression<Long> value, Collection<Long> ids) {
        return ids.isEmpty() ? cb.disjunction() : value.in(ids);
    }

    /**
     * The grid's sort, limited to what may be sorted by (name, organisation, e-mail, status, time of
     * registering); newest first otherwise; the id last, so that pages never overlap.
     */
    static Sort sort(Sort requested) {
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : requested) {
            switch (order.getProperty()) {
                case "name" -> {
                    orders.add(new Sort.Order(order.getDirection(), "lastName").ignoreCase());
                    orders.add(new Sort.Order(order.getDirection(), "firstName").ignoreCase());
                }
                case "organisation", "email" ->
                    orders.add(new Sort.Order(order.getDirection(), order.getProperty()).ignoreCase());
                case "status", "registeredAt" -> orders.add(new Sort.Order(order.getDirection(), order.getProperty()));
                default -> {
                    // Not sortable: ignored rather than passed to the database.
                }
            }
        }
        if (orders.isEmpty()) {
            orders.add(Sort.Order.desc("registeredAt"));
        }
        orders.add(Sort.Order.asc("id"));
        return Sort.by(orders);
    }

    /** A typed % or _ is searched for, not used as a wildcard. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
