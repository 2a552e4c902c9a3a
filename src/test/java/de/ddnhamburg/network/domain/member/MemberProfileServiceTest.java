package de.ddnhamburg.network.domain.member;

import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.ddnhamburg.network.domain.common.FieldProblem;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Visibility is enforced by the service: what a viewer may not see never leaves it. */
@IntegrationTest
class MemberProfileServiceTest {

    @Autowired
    MemberProfileService profiles;

    @Autowired
    TestMembers testMembers;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void phone_and_e_mail_are_for_contacts_by_default_everything_else_for_members() {
        LoginAccount owner = testMembers.withProfile(
                unique("defaults"),
                profile("Dora", "Default")
                        .organisation("Hafenamt")
                        .position("Lotsin")
                        .district(District.ALTONA)
                        .bio("Ich lotse.")
                        .expertise("Navigation")
                        .topics("netzwerken")
                        .website("https://example.org")
                        .phone("+49 40 123456")
                        .build());
        SecurityTestSupport.signIn(testMembers.member());

        ProfileDetails seen = profiles.viewProfile(owner.memberId(), Locale.GERMAN);

        assertThat(seen.relationship()).isEqualTo(Relationship.MEMBER);
        assertThat(seen.organisation()).isEqualTo("Hafenamt");
        assertThat(seen.position()).isEqualTo("Lotsin");
        assertThat(seen.district()).isEqualTo(District.ALTONA);
        assertThat(seen.bio()).isEqualTo("Ich lotse.");
        assertThat(seen.expertise()).containsExactly("Navigation");
        assertThat(seen.topics()).extracting(TopicItem::slug).containsExactly("netzwerken");
        assertThat(seen.website()).isEqualTo("https://example.org");
        assertThat(seen.phone()).isNull();
        assertThat(seen.email()).isNull();
    }

    @Test
    void the_owner_sees_everything_even_what_only_they_may_see() {
        String email = unique("self");
        LoginAccount owner = testMembers.withProfile(
                email,
                profile("Sina", "Self")
                        .organisation("Geheim GmbH")
                        .phone("040 1234567")
                        .visible(ProfileField.ORGANISATION, Visibility.ONLY_ME)
                        .build());
        SecurityTestSupport.signIn(owner);

        ProfileDetails seen = profiles.viewProfile(owner.memberId(), Locale.GERMAN);

        assertThat(seen.relationship()).isEqualTo(Relationship.SELF);
        assertThat(seen.organisation()).isEqualTo("Geheim GmbH");
        assertThat(seen.phone()).isEqualTo("040 1234567");
        assertThat(seen.email()).isEqualTo(email);
    }

    @Test
    void each_restricted_field_is_withheld_from_other_members() {
        var builder = profile("Rita", "Restricted")
                .organisation("Org")
                .position("Pos")
                .district(District.HARBURG)
                .bio("Bio")
                .expertise("Tag")
                .topics("fuehrung")
                .website("https://example.org")
                .phone("040 999999");
        for (ProfileField field : ProfileField.values()) {
            builder.visible(field, Visibility.ONLY_ME);
        }
        LoginAccount owner = testMembers.withProfile(unique("restricted"), builder.build());
        SecurityTestSupport.signIn(testMembers.member());

        ProfileDetails seen = profiles.viewProfile(owner.memberId(), Locale.GERMAN);

        assertThat(seen.displayName()).isEqualTo("Rita Restricted");
        assertThat(List.of(
                        seen.organisation() == null,
                        seen.position() == null,
                        seen.district() == null,
                        seen.bio() == null,
                        seen.website() == null,
                        seen.phone() == null,
                        seen.email() == null))
                .containsOnly(true);
        assertThat(seen.topics()).isEmpty();
        assertThat(seen.expertise()).isEmpty();
    }

    @Test
    void a_profile_hidden_from_the_directory_is_not_found_by_others_but_by_its_owner() {
        LoginAccount hidden = testMembers.withProfile(
                unique("hidden"),
                profile("Hanna", "Hidden").hiddenFromDirectory().build());
        SecurityTestSupport.signIn(testMembers.member());

        assertThatThrownBy(() -> profiles.viewProfile(hidden.memberId(), Locale.GERMAN))
                .isInstanceOf(NotFoundException.class);

        SecurityTestSupport.signIn(hidden);
        assertThat(profiles.viewProfile(hidden.memberId(), Locale.GERMAN).displayName())
                .isEqualTo("Hanna Hidden");
    }

    @Test
    void unknown_profiles_are_not_found_and_guests_see_nothing() {
        SecurityTestSupport.signIn(testMembers.member());
        assertThatThrownBy(() -> profiles.viewProfile(Long.MAX_VALUE, Locale.GERMAN))
                .isInstanceOf(NotFoundException.class);

        SecurityTestSupport.signOut();
        long anyone = testMembers.member().memberId();
        assertThatThrownBy(() -> profiles.viewProfile(anyone, Locale.GERMAN))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void commonalities_are_shared_topics_and_expertise_that_the_other_lets_me_see() {
        LoginAccount me = testMembers.withProfile(
                unique("me"),
                profile("Mia", "Me")
                        .topics("fuehrung", "diversity", "netzwerken")
                        .expertise("Mentoring", "BGM")
                        .build());
        LoginAccount open = testMembers.withProfile(
                unique("open"),
                profile("Ole", "Open")
                        .topics("fuehrung", "netzwerken", "gesundheit-im-betrieb")
                        .expertise("mentoring", "Recruiting")
                        .build());
        LoginAccount closed = testMembers.withProfile(
                unique("closed"),
                profile("Carl", "Closed")
                        .topics("fuehrung")
                        .expertise("BGM")
                        .visible(ProfileField.TOPICS, Visibility.CONTACTS)
                        .visible(ProfileField.EXPERTISE, Visibility.ONLY_ME)
                        .build());
        SecurityTestSupport.signIn(me);

        Commonalities withOpen = profiles.commonalities(open.memberId(), Locale.GERMAN);
        Commonalities withClosed = profiles.commonalities(closed.memberId(), Locale.GERMAN);

        assertThat(withOpen.topics()).extracting(TopicItem::name).containsExactly("Führung", "Netzwerken");
        assertThat(withOpen.expertise()).containsExactly("mentoring");
        assertThat(withClosed.isEmpty()).isTrue();
    }

    @Test
    void own_profile_is_saved_as_written_including_markup() {
        LoginAccount owner = testMembers.withProfile(
                unique("writer"), profile("Wilma", "Writer").build());
        SecurityTestSupport.signIn(owner);
        OwnProfile before = profiles.getOwnProfile();

        OwnProfile after = profiles.updateOwnProfile(
                before.version(),
                profile("Wilma", "Writer")
                        .bio("<script>alert('x')</script> und <b>fett</b>")
                        .organisation("  Elbe & Co.  ")
                        .expertise(" Mentoring ", "mentoring", "BGM", " ")
                        .build());

        assertThat(after.bio()).isEqualTo("<script>alert('x')</script> und <b>fett</b>");
        assertThat(after.organisation()).isEqualTo("Elbe & Co.");
        assertThat(after.expertise()).containsExactly("Mentoring", "BGM");
        assertThat(after.version()).isGreaterThan(before.version());
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        LoginAccount owner = testMembers.withProfile(
                unique("bad"), profile("Bernd", "Bad").organisation("Alt").build());
        SecurityTestSupport.signIn(owner);
        OwnProfile before = profiles.getOwnProfile();

        assertThatThrownBy(() -> profiles.updateOwnProfile(
                        before.version(),
                        profile("", "Bad")
                                .organisation("Neu")
                                .bio("x".repeat(10_000))
                                .website("javascript:alert(1)")
                                .linkedin("https://example.org/in/bernd")
                                .phone("call me maybe")
                                .expertise(
                                        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                                        "16")
                                .build()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field, FieldProblem::messageKey)
                                .contains(
                                        tuple("firstName", "validation.required"),
                                        tuple("bio", "validation.tooLong"),
                                        tuple("website", "validation.url.invalid"),
                                        tuple("linkedin", "validation.url.wrongSite"),
                                        tuple("phone", "validation.phone.invalid"),
                                        tuple("expertise", "validation.expertise.tooMany")));
        assertThat(profiles.getOwnProfile().organisation()).isEqualTo("Alt");
    }

    @Test
    void a_stale_form_cannot_overwrite_a_newer_save() {
        LoginAccount owner = testMembers.withProfile(
                unique("stale"), profile("Stefan", "Stale").build());
        SecurityTestSupport.signIn(owner);
        long loaded = profiles.getOwnProfile().version();
        profiles.updateOwnProfile(
                loaded, profile("Stefan", "Stale").organisation("First tab").build());

        assertThatThrownBy(() -> profiles.updateOwnProfile(
                        loaded,
                        profile("Stefan", "Stale").organisation("Second tab").build()))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(profiles.getOwnProfile().organisation()).isEqualTo("First tab");
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
