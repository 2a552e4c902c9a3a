package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.member.ProfileView;
import java.time.Instant;

/** One of my contacts, with the details they share with contacts, and since when. */
public record ContactEntry(ProfileView profile, Instant since) {}
