/**
 * Expert groups (Fachgruppen): groups with a join policy and a visibility, their memberships and
 * moderators, and their posts with one level of replies ({@link GroupService}).
 */
@NullMarked
package de.ddnhamburg.network.domain.group;

import org.jspecify.annotations.NullMarked;
