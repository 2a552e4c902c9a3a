package de.ddnhamburg.network.domain.common;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.util.Lazy;

/**
 * Spring Data's own query parsing, put off until a query needs it (docs/benchmarks.md, "Start-up").
 *
 * <p>Spring Data parses every {@code @Query} string with its own HQL parser when a repository is created,
 * to be able to add sorting and derive count queries later. Most of our queries are never sorted or
 * counted, and Hibernate parses and validates each of them at start anyway, so that first parse only
 * costs start-up time (7 % of it, for about 100 queries). Here the same parser, chosen exactly as Spring
 * Data chooses it, runs when a query is first executed (Spring Data then asks for its projection) or a
 * count query is derived from it. The query text goes to Hibernate as written, not as the parser
 * renders it again.
 */
public final class DeferredQueryParsing implements QueryEnhancerSelector {

    @Override
    public QueryEnhancerFactory select(DeclaredQuery query) {
        QueryEnhancerFactory parser = DEFAULT_SELECTOR.select(query);
        return new QueryEnhancerFactory() {
            @Override
            public boolean supports(DeclaredQuery declaredQuery) {
                return parser.supports(declaredQuery);
            }

            @Override
            public QueryEnhancer create(QueryProvider provider) {
                return new ParsedOnFirstUse(provider, Lazy.of(() -> parser.create(provider)));
            }
        };
    }

    private record ParsedOnFirstUse(QueryProvider query, Lazy<QueryEnhancer> parsed) implements QueryEnhancer {

        @Override
        public QueryProvider getQuery() {
            return query;
        }

        @Override
        public boolean isSelectQuery() {
            return parsed.get().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return parsed.get().hasConstructorExpression();
        }

        @Override
        public @Nullable String detectAlias() {
            return parsed.get().detectAlias();
        }

        @Override
        public String getProjection() {
            return parsed.get().getProjection();
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return parsed.get().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(@Nullable String countProjection) {
            return parsed.get().createCountQueryFor(countProjection);
        }
    }
}
