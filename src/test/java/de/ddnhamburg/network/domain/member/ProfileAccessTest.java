package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.AbstractEntity;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.security.CurrentUser;
import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may open a profile, and as what; built directly with a fixed viewer and contacts, no Spring. */
class ProfileAccessTest {

    private static final long OWNER = 7L;
    private static final long VIEWER = 8L;

    private final FakeContacts contacts = new FakeContacts();

    @Test
    void a_listed_active_profile_opens_for_every_member_and_guest_as_member() {
        Member owner = member(MemberStatus.ACTIVE, true);

        assertThat(access(VIEWER).requireVisible(owner)).isEqualTo(Relationship.MEMBER);
        assertThat(access(null).requireVisible(owner)).isEqualTo(Relationship.MEMBER);
    }

    @Test
    void the_owner_sees_their_profile_as_self_even_when_hidden() {
        assertThat(access(OWNER).requireVisible(member(MemberStatus.ACTIVE, false)))
                .isEqualTo(Relationship.SELF);
    }

    @Test
    void a_contact_sees_a_hidden_profile_as_contact() {
        contacts.pairs.add(Set.of(OWNER, VIEWER));

        assertThat(access(VIEWER).requireVisible(member(MemberStatus.ACTIVE, false)))
                .isEqualTo(Relationship.CONTACT);
        assertThat(access(VIEWER).requireVisible(member(MemberStatus.ACTIVE, true)))
                .isEqualTo(Relationship.CONTACT);
    }

    @Test
    void a_hidden_profile_does_not_exist_for_other_members_and_guests() {
        Member hidden = member(MemberStatus.ACTIVE, false);

        assertThatThrownBy(() -> access(VIEWER).requireVisible(hidden)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access(null).requireVisible(hidden)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_hidden_member_who_asked_the_viewer_for_contact_is_recognisable_to_them_only() {
        contacts.openRequests.add(List.of(OWNER, VIEWER));
        Member hidden = member(MemberStatus.ACTIVE, false);

        assertThat(access(VIEWER).requireVisible(hidden)).isEqualTo(Relationship.MEMBER);
        assertThatThrownBy(() -> access(9L).requireVisible(hidden)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access(null).requireVisible(hidden)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void asking_a_hidden_member_for_contact_does_not_open_their_profile() {
        contacts.openRequests.add(List.of(VIEWER, OWNER));

        assertThatThrownBy(() -> access(VIEWER).requireVisible(member(MemberStatus.ACTIVE, false)))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(value = MemberStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void an_inactive_profile_does_not_exist_for_anyone_not_even_its_owner_or_contacts(MemberStatus status) {
        contacts.pairs.add(Set.of(OWNER, VIEWER));
        Member inactive = member(status, true);

        assertThatThrownBy(() -> access(VIEWER).requireVisible(inactive)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access(OWNER).requireVisible(inactive)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access(null).requireVisible(inactive)).isInstanceOf(NotFoundException.class);
    }

    private ProfileAccess access(@Nullable Long viewer) {
        return new ProfileAccess(new FixedUser(viewer), contacts);
    }

    private static Member member(MemberStatus status, boolean listed) {
        Member member = new Member(EmailAddress.of("owner@example.org"), "hash", "Olga", "Owner");
        setId(member, OWNER);
        member.setStatus(status);
        ProfileUpdate profile = new ProfileUpdate(
                null, "Olga", "Owner", null, null, null, null, List.of(), Set.of(), null, null, null, null, listed,
                Map.of());
        member.applyProfile(ProfileRules.validate(profile), Set.of());
        return member;
    }

    /** The id is the database's to give; a test without a database sets it by hand. */
    private static void setId(Member member, long id) {
        try {
            Field field = AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(member, id);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError("AbstractEntity.id can no longer be set by reflection", e);
        }
    }

    private static final class FixedUser extends CurrentUser {
        private final @Nullable Long memberId;

        FixedUser(@Nullable Long memberId) {
            this.memberId = memberId;
        }

        @Override
        public Optional<Long> memberId() {
            return Optional.ofNullable(memberId);
        }
    }

    private static final class FakeContacts implements ContactLookup {
        final Set<Set<Long>> pairs = new HashSet<>();
        final Set<List<Long>> openRequests = new HashSet<>();

        @Override
        public Set<Long> contactsOf(long memberId) {
            Set<Long> partners = new HashSet<>();
            for (Set<Long> pair : pairs) {
                if (pair.contains(memberId)) {
                    pair.stream().filter(id -> id != memberId).forEach(partners::add);
                }
            }
            return partners;
        }

        @Override
        public boolean areContacts(long memberId, long otherMemberId) {
            return pairs.contains(Set.of(memberId, otherMemberId));
        }

        @Override
        public boolean hasOpenRequest(long askerId, long askedId) {
            return openRequests.contains(List.of(askerId, askedId));
        }

        @Override
        public Set<Long> alreadyConnected(long memberId) {
            return Set.of();
        }
    }
}
