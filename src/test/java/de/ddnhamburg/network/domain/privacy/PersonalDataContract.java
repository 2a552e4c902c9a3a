package de.ddnhamburg.network.domain.privacy;

import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.common.NotFoundException;
import de.ddnhamburg.network.domain.contact.ContactBlockService;
import de.ddnhamburg.network.domain.contact.ContactReadService;
import de.ddnhamburg.network.domain.contact.ContactRequestItem;
import de.ddnhamburg.network.domain.contact.ContactRequestService;
import de.ddnhamburg.network.domain.contact.FollowUpNoteService;
import de.ddnhamburg.network.domain.event.CalendarFeedService;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventOrganiserService;
import de.ddnhamburg.network.domain.event.EventParticipationService;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.GroupCalendarFeedService;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.AccountService;
import de.ddnhamburg.network.domain.member.DirectoryFilter;
import de.ddnhamburg.network.domain.member.District;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberAdministrationService;
import de.ddnhamburg.network.domain.member.MemberCard;
import de.ddnhamburg.network.domain.member.MemberDirectoryService;
import de.ddnhamburg.network.domain.member.MemberProfileService;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.ProfileField;
import de.ddnhamburg.network.domain.member.Visibility;
import de.ddnhamburg.network.domain.onboarding.FirstStepsService;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's own data on each database: the export holds every section and nothing private of
 * others; the deletion clears every table of the member and keeps only what decision 008 keeps.
 */
abstract class PersonalDataContract {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    PersonalDataExport export;

    @Autowired
    AccountService accounts;

    @Autowired
    ContactRequestService requests;

    @Autowired
    ContactBlockService blocks;

    @Autowired
    ContactReadService contacts;

    @Autowired
    MemberService members;

    @Autowired
    MemberProfileService profiles;

    @Autowired
    MemberDirectoryService directory;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    CalendarFeedService calendarFeeds;

    @Autowired
    EventParticipationService participation;

    @Autowired
    EventOrganiserService organiser;

    @Autowired
    MemberAdministrationService memberAdministration;

    @Autowired
    FollowUpNoteService followUpNotes;

    @Autowired
    GroupCalendarFeedService groupCalendarFeeds;

    @Autowired
    FirstStepsService firstSteps;

    @Autowired
    MutableClock clock;

    @Autowired
    TestMembers testMembers;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    /**
     * Paula has a full profile, a contact (Cleo), a request to Rita, one from Sam, and blocked Bodo;
     * she is in a group, has the only seat of an event (Wanda waits for it) and a calendar feed.
     */
    private record World(
            LoginAccount paula,
            LoginAccount cleo,
            LoginAccount rita,
            LoginAccount sam,
            LoginAccount bodo,
            LoginAccount wanda,
            long eventId) {}

    private World world() {
        LoginAccount paula = testMembers.withProfile(
                uniqueEmail("paula"),
                profile("Paula", "Privat")
                        .title("Dr.")
                        .organisation("Hafenamt")
                        .position("Leitung")
                        .district(District.ALTONA)
                        .bio("Mag Netzwerke.")
                        .expertise("Mentoring", "Führung")
                        .topics("fuehrung")
                        .website("https://paula.example.org")
                        .phone("040 1111")
                        .visible(ProfileField.PHONE, Visibility.ONLY_ME)
                        .build());
        LoginAccount cleo = testMembers.withProfile(
                uniqueEmail("cleo"),
                profile("Cleo", "Contact")
                        .phone("040 9999 777")
                        .visible(ProfileField.PHONE, Visibility.CONTACTS)
                        .bio("Cleos geheime Bio")
                        .visible(ProfileField.BIO, Visibility.ONLY_ME)
                        .build());
        LoginAccount rita = member("Rita");
        LoginAccount sam = member("Sam");
        LoginAccount bodo = member("Bodo");
        ContactRequestItem toCleo = Acting.as(paula, () -> requests.send(cleo.memberId(), firstContact()));
        Acting.run(cleo, () -> requests.accept(toCleo.id()));
        Acting.run(paula, () -> requests.send(rita.memberId(), firstContact()));
        Acting.run(sam, () -> requests.send(paula.memberId(), firstContact()));
        Acting.run(paula, () -> blocks.block(bodo.memberId()));
        Acting.run(
                paula,
                () -> accounts.changePassword(
                        TestMembers.PASSWORD, TestMembers.PASSWORD + "!", TestMembers.PASSWORD + "!"));
        // A new password ends the sessions signed in before it: sign in again, as the member would.
        Acting.run(
                fresh(paula),
                () -> accounts.changePassword(TestMembers.PASSWORD + "!", TestMembers.PASSWORD, TestMembers.PASSWORD));
        Acting.run(fresh(paula), () -> accounts.requestEmailChange(TestMembers.PASSWORD, uniqueEmail("paula.neu")));
        long groupId = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        Acting.run(fresh(paula), () -> groupMembership.join(groupId));
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 1, null));
        LoginAccount wanda = member("Wanda");
        Acting.run(fresh(paula), () -> registrations.register(eventId, SeatKind.IN_PERSON));
        Acting.run(wanda, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        Acting.run(fresh(paula), () -> calendarFeeds.renew());
        Acting.run(fresh(paula), () -> groupCalendarFeeds.renew(groupId));
        Acting.run(fresh(paula), () -> followUpNotes.save(cleo.memberId(), "Wollte mir die Studie schicken", null));
        // A note Cleo wrote about Paula goes with Paula's account too.
        Acting.run(cleo, () -> followUpNotes.save(paula.memberId(), "Paula: Termin im Januar", null));
        // Her start page remembers that she is no newcomer (issue 16's first steps).
        Acting.run(fresh(paula), () -> firstSteps.mine(Locale.GERMAN));
        return new World(fresh(paula), cleo, rita, sam, bodo, wanda, eventId);
    }

    @Test
    void the_export_holds_every_section_and_other_members_only_by_name() {
        World world = world();

        PersonalDataFile file = Acting.as(world.paula(), () -> export.exportMine());
        String text = new String(file.content(), StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(text);

        assertThat(file.fileName()).matches("ddn-hamburg-meine-daten-\\d{4}-\\d{2}-\\d{2}\\.json");
        assertThat(json.get("format").asString()).isEqualTo("ddn-hamburg-personal-data/1");
        assertThat(json.get("exportedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        JsonNode member = json.get("member");
        assertThat(member.get("account").get("email").asString())
                .isEqualTo(world.paula().email());
        JsonNode profile = member.get("profile");
        assertThat(profile.get("title").asString()).isEqualTo("Dr.");
        assertThat(profile.get("organisation").asString()).isEqualTo("Hafenamt");
        assertThat(profile.get("phone").asString()).isEqualTo("040 1111");
        assertThat(profile.get("visibility").get("PHONE").asString()).isEqualTo("ONLY_ME");
        assertThat(profile.get("expertise").toString()).contains("Mentoring", "Führung");
        assertThat(profile.get("topicSlugs").toString()).contains("fuehrung");
        assertThat(member.get("consents").isArray()).isTrue();
        assertThat(member.get("mailedLinks").get(0).get("purpose").asString()).isEqualTo("CHANGE_EMAIL");

        JsonNode contactData = json.get("contacts");
        assertThat(contactData.get("contacts").get(0).get("name").asString()).isEqualTo("Cleo Contact");
        assertThat(contactData.get("requestsSent")).hasSize(2);
        assertThat(contactData.get("requestsSent").toString()).contains("Rita", "Hätten Sie nächste Woche Zeit");
        assertThat(contactData.get("requestsReceived")).hasSize(1);
        assertThat(contactData.get("requestsReceived").get(0).get("whoIAm").asString())
                .isEqualTo(firstContact().whoIAm());
        assertThat(contactData.get("blocks").get(0).get("name").asString()).isEqualTo("Bodo Member");

        assertThat(json.get("groups").get("memberships")).hasSize(1);
        assertThat(json.get("groups").get("memberships").get(0).get("status").asString())
                .isEqualTo("ACTIVE");
        JsonNode registration = json.get("eventRegistrations").get(0);
        assertThat(json.get("eventRegistrations")).hasSize(1);
        assertThat(registration.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(registration.get("seat").asString()).isEqualTo("IN_PERSON");
        assertThat(json.get("calendarFeed")).hasSize(1);
        assertThat(json.get("groupCalendarFeeds")).hasSize(1);
        JsonNode note = json.get("followUpNotes").get("notes").get(0);
        assertThat(json.get("followUpNotes").get("notes")).hasSize(1);
        assertThat(note.get("about").asString()).isEqualTo("Cleo Contact");
        assertThat(note.get("text").asString()).isEqualTo("Wollte mir die Studie schicken");
        assertThat(json.get("firstSteps")).hasSize(1);
        assertThat(json.get("firstSteps").get(0).get("shown").asBoolean()).isFalse();

        assertThat(json.get("securityLog").toString()).contains("PASSWORD_CHANGED");
        assertThat(json.get("mails").toString()).contains("passwordChanged", "contactAccepted");

        // Cleo's phone is visible to her contact Paula in the app, but it is Cleo's data, not Paula's.
        assertThat(text)
                .doesNotContain(
                        "040 9999 777",
                        "Cleos geheime Bio",
                        "Paula: Termin im Januar",
                        world.cleo().email(),
                        world.rita().email(),
                        world.sam().email(),
                        world.bodo().email(),
                        world.wanda().email());
        assertThat(auditCount(
                        "PERSONAL_DATA_EXPORTED", "member:" + world.paula().memberId()))
                .isOne();
    }

    @Test
    void the_export_holds_the_security_log_about_the_member_without_who_else_acted() {
        LoginAccount paula = member("Paula");
        Acting.run(testMembers.admin(), () -> memberAdministration.details(paula.memberId(), Locale.GERMAN));

        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(Acting.as(paula, () -> export.exportMine()).content());

        JsonNode aboutMe = json.get("securityLog");
        assertThat(aboutMe.toString()).contains("MEMBER_DETAILS_VIEWED");
        assertThat(aboutMe.toString()).doesNotContain(testMembers.admin().email());
    }

    @Test
    void deleting_erases_attendance_and_the_participant_list_choice_of_past_events() {
        LoginAccount paula = member("Paula");
        long eventId = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 5, null));
        Acting.run(paula, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        Acting.run(paula, () -> participation.showMe(eventId, true));
        long registrationId = Acting.as(paula, () -> registrations.mine(eventId))
                .orElseThrow()
                .id();
        Acting.run(testMembers.admin(), () -> organiser.markAttendance(registrationId, true));
        clock.advance(java.time.Duration.ofDays(30));
        try {
            Acting.run(paula, () -> accounts.deleteAccount(TestMembers.PASSWORD));
        } finally {
            clock.reset();
        }

        Map<String, @Nullable Object> row = jdbc.queryForMap(
                "select status, attended_at, show_as_participant from event_registration where id = ?", registrationId);
        assertThat(row.get("status"))
                .as("a past event's registration stays, for its counts")
                .isEqualTo("CONFIRMED");
        assertThat(row.get("attended_at")).isNull();
        assertThat(row.get("show_as_participant")).isEqualTo(false);
    }

    @Test
    void a_member_cannot_export_another_members_data() {
        LoginAccount paula = member("Paula");
        LoginAccount other = member("Otto");

        assertThatThrownBy(() -> Acting.as(paula, () -> export.export(other.memberId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(auditCount("PERSONAL_DATA_EXPORTED", "member:" + other.memberId()))
                .isZero();
    }

    @Test
    void a_wrong_password_deletes_nothing() {
        World world = world();
        Acting.run(world.paula(), () -> profiles.uploadOwnPhoto(TINY_PNG));

        assertThatThrownBy(() -> Acting.run(world.paula(), () -> accounts.deleteAccount("not my password")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(jdbc.queryForObject(
                        "select email from member where id = ?",
                        String.class,
                        world.paula().memberId()))
                .isEqualTo(world.paula().email());
        assertThat(rowsOf(world.paula().memberId()).values()).allMatch(count -> count > 0);
        assertThat(new Mailbox(jdbc).to(world.paula().email(), "accountDeleted"))
                .isEmpty();
    }

    @Test
    void deleting_removes_or_anonymises_every_table_and_the_member_is_gone() {
        World world = world();
        long id = world.paula().memberId();
        String oldHash = jdbc.queryForObject("select password_hash from member where id = ?", String.class, id);
        long consents = count("select count(*) from member_consent where member_id = ?", id);
        Acting.run(world.paula(), () -> profiles.uploadOwnPhoto(TINY_PNG));
        assertThat(count("select count(*) from member_photo where member_id = ?", id))
                .isOne();

        Acting.run(world.paula(), () -> accounts.deleteAccount(TestMembers.PASSWORD));

        Map<String, @Nullable Object> row = jdbc.queryForMap("select * from member where id = ?", id);
        assertThat(row.get("email")).isEqualTo("deleted-" + id + "@deleted.invalid");
        assertThat(row.get("first_name") + " " + row.get("last_name")).isEqualTo("Gelöschtes Mitglied");
        assertThat(row.get("status")).isEqualTo("DELETED");
        assertThat(row.get("password_hash")).isNotEqualTo(oldHash);
        assertThat(passwordEncoder.matches(TestMembers.PASSWORD, (String) row.get("password_hash")))
                .isFalse();
        for (String column : new String[] {
            "title", "organisation", "position", "district", "bio", "website", "linkedin", "xing", "phone"
        }) {
            assertThat(row.get(column)).as(column).isNull();
        }
        assertThat(row.get("listed_in_directory")).isEqualTo(false);
        assertThat(row.get("search_text")).isNotNull().asString().doesNotContain("paula", "hafenamt");
        assertThat(rowsOf(id))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("member_expertise", 0L),
                        Map.entry("member_topic", 0L),
                        Map.entry("member_role", 0L),
                        Map.entry("member_token", 0L),
                        Map.entry("contact", 0L),
                        Map.entry("contact_request", 0L),
                        Map.entry("member_block", 0L),
                        Map.entry("member_photo", 0L),
                        Map.entry("group_membership", 0L),
                        Map.entry("event_registration (active)", 0L),
                        Map.entry("calendar_feed", 0L),
                        Map.entry("group_calendar_feed", 0L),
                        Map.entry("follow_up_note", 0L),
                        Map.entry("first_steps_progress", 0L)));
        // Her seat is given back as if she had cancelled: Wanda, who waited, has it and is told.
        assertThat(jdbc.queryForObject(
                        "select status from event_registration where event_id = ? and member_id = ?",
                        String.class,
                        world.eventId(),
                        id))
                .isEqualTo("CANCELLED");
        assertThat(Acting.as(world.wanda(), () -> registrations.mine(world.eventId()))
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(count("select in_person_taken from event where id = ?", world.eventId()))
                .isOne();
        assertThat(new Mailbox(jdbc).to(world.wanda().email(), "eventSeatPromoted"))
                .hasSize(1);
        // Kept, as decision 008 says: consent proof, the security log and the mails, including the confirmation.
        assertThat(count("select count(*) from member_consent where member_id = ?", id))
                .isEqualTo(consents);
        assertThat(new Mailbox(jdbc).to(world.paula().email(), "accountDeleted"))
                .hasSize(1);
        assertThat(auditCount("ACCOUNT_DELETED", "member:" + id)).isOne();

        assertThat(members.findLoginAccount(world.paula().email())).isEmpty();
        assertThat(members.findLoginAccount("deleted-" + id + "@deleted.invalid"))
                .hasValueSatisfying(account -> assertThat(account.canLogIn()).isFalse());
        Acting.run(world.cleo(), () -> {
            assertThat(contacts.countMyContacts()).isZero();
            assertThatThrownBy(() -> profiles.viewProfile(id, Locale.GERMAN)).isInstanceOf(NotFoundException.class);
            assertThat(directory.findPage(DirectoryFilter.all().withText("Privat"), FIRST_PAGE, Locale.GERMAN))
                    .extracting(MemberCard::id)
                    .doesNotContain(id);
            assertThat(directory.findPage(DirectoryFilter.all().withText("Gelöschtes"), FIRST_PAGE, Locale.GERMAN))
                    .extracting(MemberCard::id)
                    .doesNotContain(id);
        });
        Acting.run(
                world.sam(),
                () -> assertThat(contacts.mySentRequests(FIRST_PAGE)).isEmpty());
        Acting.run(
                world.rita(),
                () -> assertThat(contacts.countOpenRequestsForMe()).isZero());
    }

    /** The member's rows in every table that deletion clears (registrations: those holding a place). */
    private Map<String, Long> rowsOf(long id) {
        return Map.ofEntries(
                Map.entry("member_expertise", count("select count(*) from member_expertise where member_id = ?", id)),
                Map.entry("member_topic", count("select count(*) from member_topic where member_id = ?", id)),
                Map.entry("member_role", count("select count(*) from member_role where member_id = ?", id)),
                Map.entry("member_token", count("select count(*) from member_token where member_id = ?", id)),
                Map.entry(
                        "contact",
                        count("select count(*) from contact where member_low_id = ? or member_high_id = ?", id, id)),
                Map.entry(
                        "contact_request",
                        count("select count(*) from contact_request where sender_id = ? or recipient_id = ?", id, id)),
                Map.entry(
                        "member_block",
                        count("select count(*) from member_block where blocker_id = ? or blocked_id = ?", id, id)),
                Map.entry("member_photo", count("select count(*) from member_photo where member_id = ?", id)),
                Map.entry("group_membership", count("select count(*) from group_membership where member_id = ?", id)),
                Map.entry(
                        "event_registration (active)",
                        count(
                                "select count(*) from event_registration where member_id = ?"
                                        + " and status in ('CONFIRMED', 'WAITLISTED')",
                                id)),
                Map.entry("calendar_feed", count("select count(*) from calendar_feed where member_id = ?", id)),
                Map.entry(
                        "group_calendar_feed",
                        count("select count(*) from group_calendar_feed where member_id = ?", id)),
                Map.entry(
                        "follow_up_note",
                        count("select count(*) from follow_up_note where owner_id = ? or subject_id = ?", id, id)),
                Map.entry(
                        "first_steps_progress",
                        count("select count(*) from first_steps_progress where member_id = ?", id)));
    }

    /** A 1×1 PNG. */
    private static final byte[] TINY_PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private long count(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, args), "a count always has a row");
    }

    private long auditCount(String action, String target) {
        return count("select count(*) from audit_entry where action = ? and target = ?", action, target);
    }

    private LoginAccount member(String firstName) {
        return testMembers.withProfile(
                uniqueEmail(firstName.toLowerCase(Locale.ROOT)),
                profile(firstName, "Member").build());
    }

    /** The member as a new sign-in sees them, after a change that ended their older sessions. */
    private LoginAccount fresh(LoginAccount account) {
        return testMembers.ensure(account.email(), "", "", java.util.Set.of());
    }
}
