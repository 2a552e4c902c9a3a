package de.ddnhamburg.network.domain.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A write whose checks two racing requests can both pass, so that the database's unique key
 * refuses the second insert. The method runs in a transaction of its own; one that loses the race
 * is rolled back and run again in a new transaction, which sees the winner and answers as for a
 * repeated request. PostgreSQL lets the loser wait until the winner has committed; H2 refuses at
 * once, when the winner may not be visible yet, hence a few short tries (20, 40, 80 ms).
 *
 * <p>The retry must wrap the whole transaction, never run inside it: a transaction that failed on
 * a unique key is spoiled. Both annotations sit on the same proxy, and Spring's
 * {@code RetryAnnotationBeanPostProcessor} puts its advisor in front of the existing ones (the
 * transaction's), so each attempt passes through the transaction advisor again; {@code
 * REQUIRES_NEW} gives it a new transaction even inside a caller's. The race tests
 * ({@code GroupContract}, {@code ContactContract}) fail if this order ever changes. Needs
 * {@code @EnableResilientMethods} (on {@code Application}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = DataIntegrityViolationException.class, maxRetries = 3, delay = 20, multiplier = 2)
@Transactional(propagation = Propagation.REQUIRES_NEW)
public @interface RetryOnLostRace {}
