package de.ddnhamburg.network.domain.congress;

import java.util.List;

/** One session's page: the session, its congress in short and its speakers in full. */
public record SessionPage(
        CongressCard congress, boolean registrationOpen, SessionCard session, List<SpeakerCard> speakers) {

    public SessionPage {
        speakers = List.copyOf(speakers);
    }
}
