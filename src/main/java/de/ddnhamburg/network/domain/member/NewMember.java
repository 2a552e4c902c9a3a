package de.ddnhamburg.network.domain.member;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The data to create a member account with, before any validation. */
public record NewMember(
        String email,
        String firstName,
        String lastName,
        @Nullable String organisation,
        Set<String> topicSlugs,
        Set<String> roles) {}
