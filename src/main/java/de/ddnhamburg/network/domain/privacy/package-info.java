/**
 * The member's own data as a whole: the JSON export, collected from every feature's
 * {@link de.ddnhamburg.network.domain.common.PersonalDataSection}.
 */
@NullMarked
package de.ddnhamburg.network.domain.privacy;

import org.jspecify.annotations.NullMarked;
