package de.ddnhamburg.network.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditNote;
import de.ddnhamburg.network.domain.common.BundleTexts;
import de.ddnhamburg.network.domain.common.GuestDataSection;
import de.ddnhamburg.network.domain.common.PersonalDataSection;
import de.ddnhamburg.network.domain.common.Secrets;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CongressGuestRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.event.EventAudience;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.GuestRegistrationRequest;
import de.ddnhamburg.network.domain.event.GuestRegistrationService;
import de.ddnhamburg.network.domain.event.RegistrationStatus;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.security.Roles;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Congresses;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.GuestMailbox;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, point 6: on request, an admin produces a member's or a guest's data (events and the
 * congress) and erases a guest's; every step is in the security log, and nobody else may do it.
 */
@IntegrationTest
class PersonalDataRequestsTest {

    @Autowired
    PersonalDataRequests requests;

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService registrations;

    @Autowired
    GuestRegistrationService guests;

    @Autowired
    CongressGuestRegistrationService congressGuests;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestMembers testMembers;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityTestSupport.signOut();
    }

    @Test
    void only_admins_handle_data_requests() {
        LoginAccount member = testMembers.member();
        String someone = Contacts.uniqueEmail("jemand");

        Acting.run(member, () -> {
            assertThatThrownBy(() -> requests.find(someone)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.exportMember(testMembers.admin().memberId(), Locale.GERMAN))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.exportGuest(someone, Locale.GERMAN))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> requests.eraseGuest(someone)).isInstanceOf(AccessDeniedException.class);
        });
        assertThatThrownBy(() -> requests.find(someone)).isInstanceOf(Exception.class);
    }

    @Test
    void an_admin_exports_a_members_data_and_the_security_log_says_who_did() {
        LoginAccount paula =
                testMembers.ensure(Contacts.uniqueEmail("paula"), "Paula", "Anfrage", Set.of(Roles.MEMBER), Set.of());

        DataRequestSummary found = Acting.as(testMembers.admin(), () -> requests.find(paula.email()));
        assertThat(found.memberId()).isEqualTo(paula.memberId());
        PersonalDataFile file =
                Acting.as(testMembers.admin(), () -> requests.exportMember(paula.memberId(), Locale.GERMAN));
        PersonalDataFile english =
                Acting.as(testMembers.admin(), () -> requests.exportMember(paula.memberId(), Locale.ENGLISH));

        // The file is named in the admin's language.
        assertThat(file.fileName())
                .matches("ddn-hamburg-mitglied-" + paula.memberId() + "-\\d{4}-\\d{2}-\\d{2}\\.json");
        assertThat(english.fileName())
                .matches("ddn-hamburg-member-" + paula.memberId() + "-\\d{4}-\\d{2}-\\d{2}\\.json");

        JsonNode json = JsonMapper.builder().build().readTree(file.content());
        assertThat(json.get("member").get("account").get("email").asString()).isEqualTo(paula.email());
        assertThat(json.has("eventRegistrations")).isTrue();
        assertThat(json.has("congressRegistrations")).isTrue();
        assertThat(audited(
                        "PERSONAL_DATA_DISCLOSED",
                        "member:" + paula.memberId(),
                        testMembers.admin().email()))
                .as("one entry per download")
                .isEqualTo(2);
    }

    @Test
    void an_admin_exports_a_guests_event_and_congress_registrations() {
        String guest = Contacts.uniqueEmail("gerda");
        long eventId = publicEvent(5);
        guests.register(eventId, guestRequest(guest));
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
        congressGuests.register(congressRequest(congress, guest));

        DataRequestSummary found = Acting.as(testMembers.admin(), () -> requests.find(guest));
        assertThat(found.memberId()).isNull();
        assertThat(found.guestRecords())
                .containsEntry("eventRegistrations", 1)
                .containsEntry("congressRegistrations", 1);
        PersonalDataFile file = Acting.as(testMembers.admin(), () -> requests.exportGuest(guest, Locale.GERMAN));
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(file.fileName()).matches("ddn-hamburg-gast-\\d{4}-\\d{2}-\\d{2}\\.json");
        assertThat(Acting.as(testMembers.admin(), () -> requests.exportGuest(guest, Locale.ENGLISH))
                        .fileName())
                .matches("ddn-hamburg-guest-\\d{4}-\\d{2}-\\d{2}\\.json");

        JsonNode json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get("email").asString()).isEqualTo(guest);
        assertThat(json.get("eventRegistrations").get(0).get("name").asString()).isEqualTo("Gerda Gast");
        assertThat(json.get("congressRegistrations").get(0).get("lastName").asString())
                .isEqualTo("Gast");
        assertThat(json.get("mails").size()).isPositive();
        assertThat(text).as("no live link").doesNotContainPattern("\\?token=[A-Za-z0-9_-]{20,}");
        assertThat(audited(
                        "PERSONAL_DATA_DISCLOSED", "guest", testMembers.admin().email()))
                .isPositive();
    }

    @Test
    void erasing_a_guest_frees_the_seat_for_the_next_waiting_and_leaves_nothing_that_names_them() {
        String guest = Contacts.uniqueEmail("erika");
        long eventId = publicEvent(1);
        guests.register(eventId, guestRequest(guest));
        guests.confirm(GuestMailbox.confirmToken(new GuestMailbox(jdbc).last(guest)));
        LoginAccount waiting =
                testMembers.ensure(Contacts.uniqueEmail("wartet"), "Wilma", "Wartet", Set.of(Roles.MEMBER), Set.of());
        Acting.run(waiting, () -> registrations.register(eventId, SeatKind.IN_PERSON));
        Congresses.Built congress = Congresses.build(testMembers, context, clock, true);
        congressGuests.register(congressRequest(congress, guest));

        GuestErasure erased = Acting.as(testMembers.admin(), () -> requests.eraseGuest(guest));

        assertThat(erased.records()).containsEntry("eventRegistrations", 1).containsEntry("congressRegistrations", 1);
        assertThat(count("select count(*) from event_registration where guest_email = ?", guest))
                .isZero();
        assertThat(count("select count(*) from congress_registration where lower(email) = ?", guest))
                .isZero();
        assertThat(count("select count(*) from congress_registration where person_key like ?", "%" + guest + "%"))
                .isZero();
        assertThat(count("select count(*) from outbox_mail where recipient = ?", guest))
                .isZero();
        assertThat(count(
                        "select count(*) from event_guest_token t join event_registration r on r.id = t.registration_id"
                                + " where r.event_id = ? and r.member_id is null",
                        eventId))
                .isZero();
        assertThat(Acting.as(waiting, () -> registrations.mine(eventId))
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(new Mailbox(jdbc).to(waiting.email(), "eventSeatPromoted")).hasSize(1);
        assertThat(Acting.as(testMembers.admin(), () -> requests.find(guest)).guestRecords())
                .allSatisfy((section, records) -> assertThat(records).isZero());
        // Recorded, but not with the address that was erased: with a short hash of it.
        assertThat(audited(
                        "GUEST_DATA_ERASED",
                        "guest:" + Secrets.hash(guest).substring(0, 12),
                        testMembers.admin().email()))
                .isOne();
        assertThat(count(
                        "select count(*) from audit_entry where action = 'GUEST_DATA_ERASED' and details like ?",
                        "%" + guest + "%"))
                .isZero();
        // Admins read what was erased in their language, not as the export's JSON keys.
        String details = Objects.requireNonNull(jdbc.queryForObject(
                "select details from audit_entry where action = 'GUEST_DATA_ERASED' order by id desc limit 1",
                String.class));
        assertThat(AuditNote.text(details, Locale.GERMAN))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("Einträge gelöscht", "Veranstaltungsanmeldungen")
                        .doesNotContain("eventRegistrations"));
        assertThat(AuditNote.text(details, Locale.ENGLISH))
                .hasValueSatisfying(text -> assertThat(text).contains("records erased", "Event registrations"));
    }

    @Test
    void every_section_of_the_exports_is_named_in_both_languages_for_the_security_log() {
        List<String> names = java.util.stream.Stream.concat(
                        context.getBeansOfType(PersonalDataSection.class).values().stream()
                                .map(PersonalDataSection::name),
                        context.getBeansOfType(GuestDataSection.class).values().stream()
                                .map(GuestDataSection::name))
                .distinct()
                .toList();
        assertThat(names).contains("member", "contacts", "eventRegistrations", "mails");
        for (String name : names) {
            for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                assertThat(BundleTexts.text(language, PersonalDataExport.sectionKey(name)))
                        .as("the name of section %s in %s", name, language)
                        .isNotBlank()
                        .isNotEqualTo(name);
            }
        }
    }

    private long publicEvent(int seats) {
        return Events.published(
                testMembers,
                events,
                Events.draft(clock, EventFormat.IN_PERSON, seats, null)
                        .withAudience(EventAudience.PUBLIC, null, Set.of(), true));
    }

    private static GuestRegistrationRequest guestRequest(String email) {
        return new GuestRegistrationRequest(
                "Gerda Gast", email, "Hafenverein", SeatKind.IN_PERSON, true, Locale.GERMAN);
    }

    private static RegistrationRequest congressRequest(Congresses.Built congress, String email) {
        return new RegistrationRequest(
                congress.congressId(),
                congress.categoryId(),
                null,
                "Gerda",
                "Gast",
                email,
                "Hafenverein",
                List.of(new SessionPick(congress.workshopSlotId(), congress.workshopId(), null)),
                RegistrationAnswers.none(),
                new BillingAddress(null, "Hafenstraße 1", "20457", "Hamburg"),
                true,
                Locale.GERMAN);
    }

    private long audited(String action, String targetPrefix, String actor) {
        return count(
                "select count(*) from audit_entry where action = ? and target like ? and actor = ?",
                action,
                targetPrefix + "%",
                actor);
    }

    private long count(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, args));
    }
}
