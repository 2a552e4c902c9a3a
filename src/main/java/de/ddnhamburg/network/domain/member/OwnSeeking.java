package de.ddnhamburg.network.domain.member;

import java.util.List;

/** The member's own entries (expired ones too) with who sees them and whether the weekly mail is on. */
public record OwnSeeking(Visibility visibility, boolean notifyMatches, List<SeekingItem> entries) {}
