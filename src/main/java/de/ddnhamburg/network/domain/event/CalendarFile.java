package de.ddnhamburg.network.domain.event;

/** A calendar file (RFC 5545) to download: its suggested name and its text. */
public record CalendarFile(String fileName, String content) {}
