/**
 * First steps for new members (issue 16): a small list on the start page, made from the member,
 * contact, group and event features' services. No feature depends on this one.
 */
@NullMarked
package de.ddnhamburg.network.domain.onboarding;

import org.jspecify.annotations.NullMarked;
