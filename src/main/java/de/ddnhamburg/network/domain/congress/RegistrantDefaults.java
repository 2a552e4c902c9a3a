package de.ddnhamburg.network.domain.congress;

import org.jspecify.annotations.Nullable;

/** What the wizard prefills for a signed-in member. */
public record RegistrantDefaults(
        String firstName, String lastName, @Nullable String organisation, String email) {}
