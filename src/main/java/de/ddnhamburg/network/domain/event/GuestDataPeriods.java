package de.ddnhamburg.network.domain.event;

import java.time.Duration;

/**
 * @param hold how long an unconfirmed guest registration holds its place ({@code app.events.guest-hold})
 * @param retention how long after the event guests' details are kept ({@code app.events.guest-retention})
 */
public record GuestDataPeriods(Duration hold, Duration retention) {}
