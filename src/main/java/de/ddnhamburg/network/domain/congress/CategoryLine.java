package de.ddnhamburg.network.domain.congress;

import de.ddnhamburg.network.domain.capacity.WaitingList;
import java.util.Objects;
import java.util.Optional;

/**
 * One category's waiting list, under the congress lock. A place needs room in the category and in
 * the congress, so the lists of a congress's categories share its places ({@link CongressPlacement}
 * promotes across them by arrival).
 */
final class CategoryLine implements WaitingList<CongressRegistration> {

    private final CongressRegistrationRepository registrations;
    private final CongressPlaces places;
    private final long categoryId;

    CategoryLine(CongressRegistrationRepository registrations, CongressPlaces places, long categoryId) {
        this.registrations = registrations;
        this.places = places;
        this.categoryId = categoryId;
    }

    @Override
    public boolean hasRoom() {
        return places.congress().hasRoom() && places.category(categoryId).hasRoom();
    }

    @Override
    public Optional<CongressRegistration> first() {
        return registrations.findFirstByCategoryIdAndStatusOrderByWaitingPositionAsc(
                categoryId, CongressRegistrationStatus.WAITLISTED);
    }

    @Override
    public int positionOf(CongressRegistration entry) {
        return Objects.requireNonNull(entry.getWaitingPosition());
    }

    @Override
    public int lastPosition() {
        return places.lastPosition(
                CongressPlaces.Kind.CATEGORY, categoryId, () -> registrations.lastWaitingPosition(categoryId));
    }

    /** A registration was put at the end of the list, at {@code position}. */
    void appended(int position) {
        places.appended(CongressPlaces.Kind.CATEGORY, categoryId, position);
    }

    @Override
    public void admit(CongressRegistration entry) {
        places.congress().take();
        places.category(categoryId).take();
        // An unconfirmed guest keeps the hold; the category says whether an admin approves first.
        CongressRegistrationStatus status = entry.getHoldExpiresAt() != null
                ? CongressRegistrationStatus.UNCONFIRMED
                : places.categoryRow(categoryId).approvalRequired()
                        ? CongressRegistrationStatus.AWAITING_APPROVAL
                        : CongressRegistrationStatus.CONFIRMED;
        entry.place(status, null, entry.getHoldExpiresAt());
        registrations.save(entry);
    }

    @Override
    public void closeGap(int position) {
        registrations.closeGap(categoryId, position);
        places.closedUp(CongressPlaces.Kind.CATEGORY, categoryId);
    }
}
