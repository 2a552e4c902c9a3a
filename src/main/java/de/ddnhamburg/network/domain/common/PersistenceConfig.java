package de.ddnhamburg.network.domain.common;

import de.ddnhamburg.network.Application;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.config.BootstrapMode;

@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "clockDateTimeProvider")
// Start-up (docs/benchmarks.md, "Start-up"). Declared here rather than left to Spring Boot, because only the
// annotation can choose the query parsing. DEFERRED: Hibernate builds its EntityManagerFactory on a
// background thread while the main thread sets up security, Vaadin and Tomcat; the repositories are
// created when the context is ready (or at their first use by an early request), before "Started
// Application". A broken query or mapping still stops the start.
@EnableJpaRepositories(
        basePackageClasses = Application.class, // the application's packages, as Spring Boot scans them
        bootstrapMode = BootstrapMode.DEFERRED,
        queryEnhancerSelector = DeferredQueryParsing.class)
class PersistenceConfig {

    @Bean
    DateTimeProvider clockDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }

    /**
     * What Spring Boot does for deferred repositories itself, as long as it declares them: the
     * EntityManagerFactory is built on the application's task executor (the only one, or the one by
     * Spring Boot's name), so that the main thread goes on meanwhile.
     */
    @Bean
    EntityManagerFactoryBuilderCustomizer entityManagerFactoryInBackground(Map<String, AsyncTaskExecutor> executors) {
        return builder -> {
            AsyncTaskExecutor executor = executors.size() == 1
                    ? executors.values().iterator().next()
                    : executors.get(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME);
            if (executor != null) {
                builder.setBootstrapExecutor(executor);
            }
        };
    }
}
