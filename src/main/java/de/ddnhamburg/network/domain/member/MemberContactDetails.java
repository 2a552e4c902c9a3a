package de.ddnhamburg.network.domain.member;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A member's name, organisation and address, for a feature that prefills a form for the member
 * themself (such as the congress registration). Handed out by {@link MemberLookup} only.
 */
public record MemberContactDetails(
        long id,
        String firstName,
        String lastName,
        @Nullable String organisation,
        String email,
        Locale language) {}
