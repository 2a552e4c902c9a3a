package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Who the signed-in viewer is to a profile's owner, and whether they may open that profile at all. */
@Component
class ProfileAccess {

    private final CurrentUser currentUser;
    private final ContactLookup contacts;

    ProfileAccess(CurrentUser currentUser, ContactLookup contacts) {
        this.currentUser = currentUser;
        this.contacts = contacts;
    }

    /**
     * The viewer's relationship to the owner of a profile they may open. A hidden or inactive profile
     * is reported as not found, so that its existence is not even confirmed.
     */
    Relationship requireVisible(Member owner) {
        Relationship relationship = relationshipTo(owner);
        boolean visible = owner.getStatus() == MemberStatus.ACTIVE
                && (owner.isListedInDirectory() || relationship != Relationship.MEMBER || hasAskedViewer(owner));
        if (!visible) {
            throw new NotFoundException();
        }
        return relationship;
    }

    private Relationship relationshipTo(Member owner) {
        long ownerId = owner.id();
        return currentUser
                .memberId()
                .map(viewer -> viewer == ownerId
                        ? Relationship.SELF
                        : contacts.areContacts(viewer, ownerId) ? Relationship.CONTACT : Relationship.MEMBER)
                .orElse(Relationship.MEMBER);
    }

    /** A hidden member who asked the viewer for contact must be recognisable to them. */
    private boolean hasAskedViewer(Member owner) {
        return currentUser
                .memberId()
                .filter(viewer -> contacts.hasOpenRequest(owner.id(), viewer))
                .isPresent();
    }
}
