package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.member.ProfileDetails;
import java.time.Instant;

/** One of my contacts, with the details they share with contacts, and since when. */
public record ContactEntry(ProfileDetails profile, Instant since) {}
