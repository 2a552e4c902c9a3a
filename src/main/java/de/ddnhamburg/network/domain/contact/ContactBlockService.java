package de.ddnhamburg.network.domain.contact;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberLookup;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member blocks others, so that no requests pass either way, and lifts the block again. */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class ContactBlockService {

    private final BlockRepository blocks;
    private final ContactRepository contacts;
    private final ContactRequestRepository requests;
    private final MemberProfileService profiles;
    private final MemberLookup members;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContactBlockService(
            BlockRepository blocks,
            ContactRepository contacts,
            ContactRequestRepository requests,
            MemberProfileService profiles,
            MemberLookup members,
            CurrentUser currentUser,
            Clock clock) {
        this.blocks = blocks;
        this.contacts = contacts;
        this.requests = requests;
        this.profiles = profiles;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Stops requests either way. An existing contact ends, my waiting request to them is withdrawn,
     * and theirs to me is ignored, so they are not told. Blocking twice changes nothing.
     */
    public void block(long memberId) {
        long me = currentUser.requireMemberId();
        if (me == memberId) {
            throw new DomainException("contact.block.self");
        }
        if (!knowsOf(me, memberId)) {
            throw new NotFoundException();
        }
        if (blocks.existsByBlockerIdAndBlockedId(me, memberId)) {
            return;
        }
        blocks.save(new Block(me, memberId));
        contacts.findPair(me, memberId).ifPresent(contacts::delete);
        Instant now = clock.instant();
        for (ContactRequest request : requests.findBetween(me, memberId, ContactRequestStatus.PENDING)) {
            if (request.getSenderId() == me) {
                request.withdraw(now);
            } else if (request.getStatus() == ContactRequestStatus.OPEN) {
                request.answer(ContactRequestStatus.IGNORED, now);
            }
        }
    }

    /** Allows requests again; a contact ended by the block does not come back by itself. */
    public void unblock(long memberId) {
        blocks.findByBlockerIdAndBlockedId(currentUser.requireMemberId(), memberId)
                .ifPresent(blocks::delete);
    }

    @Transactional(readOnly = true)
    public List<BlockedMember> myBlocks(Pageable pageable) {
        List<Block> found =
                blocks.findByBlockerId(currentUser.requireMemberId(), ContactReadService.newestFirst(pageable));
        Map<Long, MemberIdentity> blocked =
                members.findAll(found.stream().map(Block::getBlockedId).toList());
        return found.stream()
                .flatMap(block -> Stream.ofNullable(blocked.get(block.getBlockedId()))
                        .map(member ->
                                new BlockedMember(member.id(), member.displayName(), member.initials(), block.since())))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countMyBlocks() {
        return blocks.countByBlockerId(currentUser.requireMemberId());
    }

    /** A member may block whom they can see, and whoever has dealt with them, hidden or not. */
    private boolean knowsOf(long me, long memberId) {
        try {
            profiles.viewProfile(memberId, Locale.GERMAN);
            return true;
        } catch (NotFoundException e) {
            return requests.existsBetween(me, memberId);
        }
    }
}
