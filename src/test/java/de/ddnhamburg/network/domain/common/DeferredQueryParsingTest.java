package de.ddnhamburg.network.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

class DeferredQueryParsingTest {

    private static final String QUERY =
            "select m from Member m where lower(m.displayName) like :pattern order by m.displayName";

    private final DeferredQueryParsing selector = new DeferredQueryParsing();

    @Test
    void creatingARepositoryQueryNoLongerParsesIt() {
        DeclaredQuery unreadable = DeclaredQuery.jpqlQuery("select m from Member m where m.name ==== :x");

        QueryEnhancer enhancer = selector.select(unreadable).create(unreadable);

        assertThat(enhancer.getQuery().getQueryString()).isEqualTo(unreadable.getQueryString());
        // The parse, and its complaint, come when the query's shape is first needed.
        assertThatThrownBy(enhancer::detectAlias).isInstanceOf(RuntimeException.class);
    }

    @Test
    void countQueriesAndProjectionsAreThoseOfSpringDatasOwnParser() {
        DeclaredQuery query = DeclaredQuery.jpqlQuery(QUERY);
        QueryEnhancer deferred = selector.select(query).create(query);
        QueryEnhancer eager =
                QueryEnhancerSelector.DEFAULT_SELECTOR.select(query).create(query);

        assertThat(deferred.createCountQueryFor(null)).isEqualTo(eager.createCountQueryFor(null));
        assertThat(deferred.detectAlias()).isEqualTo("m");
        assertThat(deferred.getProjection()).isEqualTo(eager.getProjection());
        assertThat(deferred.hasConstructorExpression()).isFalse();
    }

    @Test
    void nativeQueriesKeepSpringDatasChoiceOfParser() {
        DeclaredQuery query = DeclaredQuery.nativeQuery("select id from member where email = :email");

        assertThat(selector.select(query).supports(query))
                .isEqualTo(QueryEnhancerSelector.DEFAULT_SELECTOR.select(query).supports(query));
    }
}
