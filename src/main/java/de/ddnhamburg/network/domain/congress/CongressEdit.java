package de.ddnhamburg.network.domain.congress;

/** A congress edition as entered, with its status and the places taken, for the admin editor. */
public record CongressEdit(long id, long version, CongressStatus status, int taken, CongressDraft draft) {

    static CongressEdit of(Congress congress) {
        return new CongressEdit(
                congress.id(),
                congress.getVersion(),
                congress.getStatus(),
                congress.getTaken(),
                new CongressDraft(
                        congress.getTitle(),
                        congress.getSubtitle(),
                        congress.getDescription(),
                        congress.getFirstDay(),
                        congress.getDayCount(),
                        congress.getVenueName(),
                        congress.getVenueAddress(),
                        congress.getRegistrationOpensAt(),
                        congress.getRegistrationClosesAt(),
                        congress.getCancellationDeadline(),
                        congress.getCapacity(),
                        congress.getContactName(),
                        congress.getContactEmail()));
    }
}
