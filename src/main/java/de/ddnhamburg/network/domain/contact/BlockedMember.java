package de.ddnhamburg.network.domain.contact;

import java.time.Instant;

public record BlockedMember(long memberId, String displayName, String initials, Instant since) {}
