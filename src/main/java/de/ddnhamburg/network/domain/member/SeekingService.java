package de.ddnhamburg.network.domain.member;

import de.ddnhamburg.network.domain.common.ClockConfig;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import de.ddnhamburg.network.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Ich suche / Ich biete" (issue 16): members keep short entries on their profile and choose, as
 * for a profile field, who sees them. Others see them only as far as that choice and the profile's
 * own visibility allow, and only until they expire. Only the owner changes them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.MEMBER + "')")
public class SeekingService {

    private final SeekingEntryRepository entries;
    private final SeekingPreferenceRepository preferences;
    private final MemberRepository members;
    private final ProfileAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    SeekingService(
            SeekingEntryRepository entries,
            SeekingPreferenceRepository preferences,
            MemberRepository members,
            ProfileAccess access,
            CurrentUser currentUser,
            Clock clock) {
        this.entries = entries;
        this.preferences = preferences;
        this.members = members;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My entries, expired ones included (marked), with my choices. */
    public OwnSeeking mine() {
        long me = currentUser.requireMemberId();
        LocalDate today = today();
        SeekingPreference preference = preferences.findById(me).orElseGet(() -> new SeekingPreference(me));
        return new OwnSeeking(
                preference.getVisibility(),
                preference.isNotifyMatches(),
                entries.findByMemberIdOrderByDirectionAscCreatedAtAscIdAsc(me).stream()
                        .map(entry -> entry.toItem(today))
                        .toList());
    }

    /**
     * The running entries of a member as the viewer may see them: none if the profile is hidden from
     * the viewer (not found, as for the profile) or the owner's choice does not include the viewer.
     */
    public List<SeekingItem> visibleOn(long memberId) {
        Member owner = members.findById(memberId).orElseThrow(NotFoundException::new);
        Relationship relationship = access.requireVisible(owner);
        Visibility visibility = preferences
                .findById(memberId)
                .map(SeekingPreference::getVisibility)
                .orElse(SeekingPreference.DEFAULT_VISIBILITY);
        if (!visibility.allows(relationship)) {
            return List.of();
        }
        LocalDate today = today();
        return entries.findByMemberIdOrderByDirectionAscCreatedAtAscIdAsc(memberId).stream()
                .filter(entry -> entry.activeOn(today))
                .map(entry -> entry.toItem(today))
                .toList();
    }

    @Transactional
    public SeekingItem add(SeekingDraft draft) {
        long me = currentUser.requireMemberId();
        LocalDate today = today();
        SeekingRules.validate(draft, today);
        if (entries.countByMemberId(me) >= SeekingRules.MAX_ENTRIES) {
            throw new DomainException("seeking.validation.tooMany", SeekingRules.MAX_ENTRIES);
        }
        return entries.saveAndFlush(new SeekingEntry(me, draft)).toItem(today);
    }

    @Transactional
    public SeekingItem update(long entryId, SeekingDraft draft) {
        LocalDate today = today();
        SeekingRules.validate(draft, today);
        SeekingEntry entry = own(entryId);
        entry.apply(draft);
        entries.flush();
        return entry.toItem(today);
    }

    @Transactional
    public void delete(long entryId) {
        entries.delete(own(entryId));
    }

    @Transactional
    public void setVisibility(Visibility visibility) {
        preference().setVisibility(visibility);
    }

    /** Whether I am told, at most once a week, of new entries that match mine ({@link SeekingMatchMails}). */
    @Transactional
    public void setNotifyMatches(boolean notify) {
        preference().setNotifyMatches(notify);
    }

    /** Another member's entry is reported as not found, so that ids tell nothing. */
    private SeekingEntry own(long entryId) {
        long me = currentUser.requireMemberId();
        return entries.findById(entryId)
                .filter(entry -> entry.getMemberId() == me)
                .orElseThrow(NotFoundException::new);
    }

    private SeekingPreference preference() {
        long me = currentUser.requireMemberId();
        return preferences.findById(me).orElseGet(() -> preferences.save(new SeekingPreference(me)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockConfig.DISPLAY_ZONE);
    }
}
