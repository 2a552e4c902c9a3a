package de.ddnhamburg.network.domain.event;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the event page shows besides the event itself.
 *
 * @param address the street address, for a map link
 * @param mayOrganise whether I may open the organisers' participant page
 * @param shownAsParticipant my choice to appear in the participant list; {@code null} when I hold
 *     no active registration and so have nothing to choose
 * @param participants confirmed participants who chose to be listed and whom the directory shows
 * @param alsoComing of those, the others who share topics or groups with me
 * @param forMember whether the participant list and "who else is coming" concern me at all: they
 *     are for members; guests see neither
 */
public record EventExtras(
        long eventId,
        @Nullable String address,
        boolean mayOrganise,
        @Nullable Boolean shownAsParticipant,
        List<ParticipantName> participants,
        List<FellowParticipant> alsoComing,
        boolean forMember) {}
