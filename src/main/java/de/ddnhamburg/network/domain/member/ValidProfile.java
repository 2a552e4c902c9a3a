package de.ddnhamburg.network.domain.member;

/**
 * A profile update that passed {@link ProfileRules#validate}: trimmed, blank values as null, tags
 * unique, every visibility set. Only the rules create one, so an entity can trust it.
 */
record ValidProfile(ProfileUpdate value) {}
