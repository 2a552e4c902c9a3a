/**
 * Expert groups (Fachgruppen): groups with a join policy and a visibility, their memberships and
 * moderators, and their posts with one level of replies. One service per use case:
 * {@link GroupAdministrationService} (admins), {@link GroupMembershipService},
 * {@link GroupPostService} and {@link GroupReadService}; all apply the per-object rules of
 * {@link GroupAccess}.
 */
@NullMarked
package de.ddnhamburg.network.domain.group;

import org.jspecify.annotations.NullMarked;
