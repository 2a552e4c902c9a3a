package de.ddnhamburg.network.domain.announcement;

import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import org.jspecify.annotations.Nullable;

/**
 * A segment as the admin chose it; which of the references a kind needs, and whether they exist,
 * is checked by {@link AudienceResolver} (a missing or unknown one is a problem at its field:
 * {@link AnnouncementRules#GROUP}, {@code CONGRESS}, {@code CATEGORY}, {@code SESSION}, {@code EVENT}).
 *
 * @param status for {@link AudienceKind#CONGRESS_PARTICIPANTS} only: null means every registration
 *     that is not cancelled
 * @param sessionId for congress participants: those holding a seat in it; for a workshop's waiting
 *     list: the workshop
 */
public record Audience(
        AudienceKind kind,
        @Nullable Long groupId,
        @Nullable Long congressId,
        @Nullable Long categoryId,
        @Nullable Long sessionId,
        @Nullable CongressRegistrationStatus status,
        @Nullable Long eventId) {

    public static Audience allMembers() {
        return new Audience(AudienceKind.ALL_MEMBERS, null, null, null, null, null, null);
    }

    public static Audience groupMembers(@Nullable Long groupId) {
        return new Audience(AudienceKind.GROUP_MEMBERS, groupId, null, null, null, null, null);
    }

    public static Audience congressParticipants(
            @Nullable Long congressId,
            @Nullable Long categoryId,
            @Nullable Long sessionId,
            @Nullable CongressRegistrationStatus status) {
        return new Audience(AudienceKind.CONGRESS_PARTICIPANTS, null, congressId, categoryId, sessionId, status, null);
    }

    public static Audience workshopWaitingList(@Nullable Long congressId, @Nullable Long sessionId) {
        return new Audience(AudienceKind.WORKSHOP_WAITING_LIST, null, congressId, null, sessionId, null, null);
    }

    public static Audience eventWaitingList(@Nullable Long eventId) {
        return new Audience(AudienceKind.EVENT_WAITING_LIST, null, null, null, null, null, eventId);
    }
}
