package de.ddnhamburg.network.domain.event;

/** Where participants take part; a hybrid event offers both kinds of seat. */
public enum EventFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public boolean offers(SeatKind kind) {
        return switch (this) {
            case IN_PERSON -> kind == SeatKind.IN_PERSON;
            case ONLINE -> kind == SeatKind.ONLINE;
            case HYBRID -> true;
        };
    }
}
