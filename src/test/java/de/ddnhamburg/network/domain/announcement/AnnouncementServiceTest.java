package de.ddnhamburg.network.domain.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.audit.AuditAction;
import de.ddnhamburg.network.domain.audit.AuditService;
import de.ddnhamburg.network.domain.common.DataSubject;
import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.common.InvalidInputException;
import de.ddnhamburg.network.domain.congress.BillingAddress;
import de.ddnhamburg.network.domain.congress.CongressCategoryService;
import de.ddnhamburg.network.domain.congress.CongressGuestRegistrationService;
import de.ddnhamburg.network.domain.congress.CongressRegistrationStatus;
import de.ddnhamburg.network.domain.congress.MemberCongressRegistrationService;
import de.ddnhamburg.network.domain.congress.RegistrationAnswers;
import de.ddnhamburg.network.domain.congress.RegistrationRequest;
import de.ddnhamburg.network.domain.congress.RegistrationScenario;
import de.ddnhamburg.network.domain.congress.SessionPick;
import de.ddnhamburg.network.domain.congress.TicketCategoryDraft;
import de.ddnhamburg.network.domain.congress.TicketEligibility;
import de.ddnhamburg.network.domain.event.EventFormat;
import de.ddnhamburg.network.domain.event.EventRegistrationService;
import de.ddnhamburg.network.domain.event.EventService;
import de.ddnhamburg.network.domain.event.SeatKind;
import de.ddnhamburg.network.domain.group.GroupAdministrationService;
import de.ddnhamburg.network.domain.group.GroupMembershipService;
import de.ddnhamburg.network.domain.group.GroupVisibility;
import de.ddnhamburg.network.domain.group.JoinPolicy;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.domain.member.MemberAdministrationService;
import de.ddnhamburg.network.domain.member.MemberIdentity;
import de.ddnhamburg.network.domain.member.MemberService;
import de.ddnhamburg.network.domain.member.MemberStatus;
import de.ddnhamburg.network.support.Acting;
import de.ddnhamburg.network.support.Announcements;
import de.ddnhamburg.network.support.Contacts;
import de.ddnhamburg.network.support.Events;
import de.ddnhamburg.network.support.Groups;
import de.ddnhamburg.network.support.IntegrationTest;
import de.ddnhamburg.network.support.Mailbox;
import de.ddnhamburg.network.support.MutableClock;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Who gets an announcement, once, and who may send one: the rules in the services. */
@IntegrationTest
class AnnouncementServiceTest {

    static final String TEMPLATE = "announcement";

    @Autowired
    AnnouncementService announcements;

    @Autowired
    AnnouncementReadService reading;

    @Autowired
    AnnouncementPreferenceService preferences;

    @Autowired
    AnnouncementDispatch dispatch;

    @Autowired
    AnnouncementRepository repository;

    @Autowired
    AnnouncementRecipients recipients;

    @Autowired
    AnnouncementPersonalData personalData;

    @Autowired
    GroupAdministrationService groupAdministration;

    @Autowired
    GroupMembershipService groupMembership;

    @Autowired
    MemberAdministrationService memberAdministration;

    @Autowired
    MemberService memberService;

    @Autowired
    RegistrationScenario scenario;

    @Autowired
    MemberCongressRegistrationService congressRegistrations;

    @Autowired
    CongressGuestRegistrationService guestRegistrations;

    @Autowired
    CongressCategoryService categories;

    @Autowired
    EventService events;

    @Autowired
    EventRegistrationService eventRegistrations;

    @Autowired
    AuditService audit;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    private Mailbox mailbox;

    @BeforeEach
    void setUp() {
        mailbox = new Mailbox(jdbc);
        SecurityTestSupport.signOut();
    }

    @AfterEach
    void cleanUp() {
        SecurityTestSupport.signOut();
        clock.reset();
        Announcements.forgetAll(jdbc);
    }

    @Test
    void all_members_means_active_members_once_each_without_those_who_switched_off() {
        LoginAccount active = Groups.member(testMembers, "Aktiv", "Alle");
        LoginAccount suspended = Groups.member(testMembers, "Gesperrt", "Alle");
        LoginAccount switchedOff = Groups.member(testMembers, "Abgeschaltet", "Alle");
        Acting.run(testMembers.admin(), () -> memberAdministration.suspend(suspended.memberId()));
        Acting.run(switchedOff, () -> preferences.receiveAnnouncements(false));

        AudienceCount count = asAdmin(() -> reading.count(Audience.allMembers()));
        long id = asAdmin(() -> announcements.send(UUID.randomUUID(), draft(Audience.allMembers())));
        sendAll();

        assertThat(mailbox.to(active.email(), TEMPLATE)).hasSize(1);
        assertThat(mailbox.to(suspended.email(), TEMPLATE)).isEmpty();
        assertThat(mailbox.to(switchedOff.email(), TEMPLATE)).isEmpty();
        assertThat(count.optedOut()).isEqualTo(1);
        AnnouncementItem item = item(id);
        assertThat(item.recipients()).isEqualTo(count.recipients());
        assertThat(item.sent()).isEqualTo(item.recipients());
        assertThat(item.status()).isEqualTo(AnnouncementStatus.SENT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_mail where fact_key like ?",
                        Integer.class,
                        "announcement:" + id + ":%"))
                .isEqualTo(item.recipients());
    }

    @Test
    void a_group_means_its_active_members_not_those_who_asked_to_join_or_other_groups() {
        long group = Groups.create(testMembers, groupAdministration, JoinPolicy.ON_REQUEST, GroupVisibility.LISTED);
        long other = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        LoginAccount inGroup = Groups.member(testMembers, "Drin", "Gruppe");
        LoginAccount asking = Groups.member(testMembers, "Fragt", "Gruppe");
        LoginAccount elsewhere = Groups.member(testMembers, "Woanders", "Gruppe");
        join(inGroup, group);
        Acting.run(testMembers.admin(), () -> groupMembership.approve(group, inGroup.memberId()));
        join(asking, group);
        join(elsewhere, other);

        assertThat(asAdmin(() -> reading.count(Audience.groupMembers(group))).recipients())
                .isEqualTo(1);
        asAdmin(() -> announcements.send(UUID.randomUUID(), draft(Audience.groupMembers(group))));
        sendAll();

        assertThat(mailbox.to(inGroup.email(), TEMPLATE)).hasSize(1);
        assertThat(mailbox.to(asking.email(), TEMPLATE)).isEmpty();
        assertThat(mailbox.to(elsewhere.email(), TEMPLATE)).isEmpty();
    }

    @Test
    void congress_participants_by_category_workshop_status_and_waiting_lists_and_guests_only_counted() {
        clock.set(RegistrationScenario.NOW);
        RegistrationScenario.Congress congress = scenario.published();
        long tiny = Acting.as(
                testMembers.admin(),
                () -> categories.add(
                        congress.id(),
                        new TicketCategoryDraft(
                                "Klein", "", BigDecimal.ZERO, 0, 1, TicketEligibility.EVERYONE, null, false)));
        LoginAccount seated = register("Sitzt", congress, congress.memberCategory(), congress.smallWorkshop());
        LoginAccount waitsForWorkshop =
                register("Wartet", congress, congress.memberCategory(), congress.smallWorkshop());
        LoginAccount approval = register("Prueft", congress, congress.reducedCategory(), congress.largeWorkshop());
        LoginAccount tinyFirst = register("Erste", congress, tiny, congress.largeWorkshop());
        LoginAccount tinyWaiting = register("Zweite", congress, tiny, congress.largeWorkshop());
        registerGuest(congress);

        assertThat(count(Audience.congressParticipants(congress.id(), null, null, null)))
                .isEqualTo(new AudienceCount(5, 0, 1));
        assertThat(count(Audience.congressParticipants(congress.id(), congress.reducedCategory(), null, null)))
                .isEqualTo(new AudienceCount(1, 0, 0));
        assertThat(count(Audience.congressParticipants(congress.id(), null, congress.smallWorkshop(), null)))
                .isEqualTo(new AudienceCount(1, 0, 0));
        assertThat(count(Audience.congressParticipants(
                        congress.id(), null, null, CongressRegistrationStatus.AWAITING_APPROVAL)))
                .isEqualTo(new AudienceCount(1, 0, 0));
        assertThat(count(Audience.workshopWaitingList(congress.id(), congress.smallWorkshop())))
                .isEqualTo(new AudienceCount(1, 0, 0));

        asAdmin(() -> announcements.send(
                UUID.randomUUID(),
                draft(Audience.congressParticipants(
                        congress.id(), tiny, null, CongressRegistrationStatus.WAITLISTED))));
        asAdmin(() -> announcements.send(
                UUID.randomUUID(), draft(Audience.workshopWaitingList(congress.id(), congress.smallWorkshop()))));
        sendAll();

        assertThat(mailbox.to(tinyWaiting.email(), TEMPLATE)).hasSize(1);
        assertThat(mailbox.to(waitsForWorkshop.email(), TEMPLATE)).hasSize(1);
        for (LoginAccount other : List.of(seated, approval, tinyFirst)) {
            assertThat(mailbox.to(other.email(), TEMPLATE)).isEmpty();
        }
    }

    @Test
    void an_event_waiting_list_and_a_member_who_switched_off_still_gets_the_mails_about_their_registration() {
        long event = Events.published(testMembers, events, Events.draft(clock, EventFormat.IN_PERSON, 1, null));
        LoginAccount seated = Groups.member(testMembers, "Platz", "Event");
        LoginAccount waiting = Groups.member(testMembers, "Warte", "Event");
        LoginAccount waitingOff = Groups.member(testMembers, "Still", "Event");
        Acting.run(waitingOff, () -> preferences.receiveAnnouncements(false));
        for (LoginAccount member : List.of(seated, waiting, waitingOff)) {
            Acting.run(member, () -> eventRegistrations.register(event, SeatKind.IN_PERSON));
        }

        assertThat(count(Audience.eventWaitingList(event))).isEqualTo(new AudienceCount(1, 1, 0));
        asAdmin(() -> announcements.send(UUID.randomUUID(), draft(Audience.eventWaitingList(event))));
        sendAll();

        assertThat(mailbox.to(waiting.email(), TEMPLATE)).hasSize(1);
        assertThat(mailbox.to(seated.email(), TEMPLATE)).isEmpty();
        assertThat(mailbox.to(waitingOff.email(), TEMPLATE)).isEmpty();
        assertThat(mailbox.to(waitingOff.email(), "eventWaitlisted")).hasSize(1);
    }

    @Test
    void a_second_click_with_the_same_request_sends_nothing_more() {
        List<LoginAccount> people = groupOf(3);
        long group = groupWith(people);
        UUID request = UUID.randomUUID();

        long first = asAdmin(() -> announcements.send(request, draft(Audience.groupMembers(group))));
        long second = asAdmin(() -> announcements.send(request, draft(Audience.groupMembers(group))));
        sendAll();
        sendAll();

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select count(*) from announcement where request_key = ?", Integer.class, request.toString()))
                .isEqualTo(1);
        for (LoginAccount member : people) {
            assertThat(mailbox.to(member.email(), TEMPLATE)).hasSize(1);
        }
        assertThat(asAdmin(() -> audit.count(AuditAction.ANNOUNCEMENT_SENT))).isPositive();
    }

    @Test
    void a_node_that_dies_mid_batch_leaves_the_rest_to_the_next_run_and_mails_nobody_twice() {
        List<LoginAccount> people = groupOf(5);
        long group = groupWith(people);
        long id = asAdmin(() -> announcements.send(UUID.randomUUID(), draft(Audience.groupMembers(group))));
        long third = people.stream()
                .mapToLong(LoginAccount::memberId)
                .sorted()
                .skip(2)
                .findFirst()
                .orElseThrow();

        // The first node handles two recipients, then dies while handling the third: its
        // transaction had claimed the row and queued the mail, and is rolled back.
        assertThat(dispatch.sendNextBatch(2)).isEqualTo(2);
        Announcement announcement = repository.findById(id).orElseThrow();
        new TransactionTemplate(transactionManager).executeWithoutResult(crash -> {
            dispatch.deliver(announcement, third, identity(third), false, clock.instant());
            crash.setRollbackOnly();
        });
        assertThat(item(id).sent()).isEqualTo(2);
        assertThat(item(id).status()).isEqualTo(AnnouncementStatus.SENDING);

        // Another node (or this one after its restart) goes on.
        sendAll();

        for (LoginAccount member : people) {
            assertThat(mailbox.to(member.email(), TEMPLATE)).hasSize(1);
        }
        assertThat(item(id).sent()).isEqualTo(5);
        assertThat(item(id).status()).isEqualTo(AnnouncementStatus.SENT);
        assertThat(item(id).finishedAt()).isNotNull();
    }

    @Test
    void who_switches_off_or_is_suspended_before_their_batch_is_skipped() {
        List<LoginAccount> people = groupOf(3);
        long group = groupWith(people);
        long id = asAdmin(() -> announcements.send(UUID.randomUUID(), draft(Audience.groupMembers(group))));
        Acting.run(people.get(0), () -> preferences.receiveAnnouncements(false));
        Acting.run(
                testMembers.admin(),
                () -> memberAdministration.suspend(people.get(1).memberId()));

        sendAll();

        assertThat(mailbox.to(people.get(0).email(), TEMPLATE)).isEmpty();
        assertThat(mailbox.to(people.get(1).email(), TEMPLATE)).isEmpty();
        assertThat(mailbox.to(people.get(2).email(), TEMPLATE)).hasSize(1);
        AnnouncementItem item = item(id);
        assertThat(item.sent()).isEqualTo(1);
        assertThat(item.skipped()).isEqualTo(2);
        assertThat(item.done()).isEqualTo(3);
        assertThat(item.status()).isEqualTo(AnnouncementStatus.SENT);
    }

    @Test
    void the_mail_frame_is_in_the_recipients_language_with_the_admins_text_and_the_switch_link() {
        List<LoginAccount> people = groupOf(3);
        LoginAccount english = people.get(1);
        Acting.run(english, () -> memberService.changeLanguage(Locale.ENGLISH));
        long group = groupWith(people);

        asAdmin(() -> announcements.send(
                UUID.randomUUID(),
                new AnnouncementDraft(
                        Audience.groupMembers(group),
                        "Einladung {0}",
                        "Liebe Mitglieder,\n\nes gibt 'Neuigkeiten' {1}.",
                        "Invitation",
                        "Dear members,\n\nthere is news.")));
        sendAll();

        Mailbox.Mail german = mailbox.latest(people.get(0).email(), TEMPLATE);
        assertThat(german.subject()).isEqualTo("Einladung {0}");
        assertThat(german.body())
                .startsWith("Guten Tag Groupie0 Rund,")
                .contains("es gibt 'Neuigkeiten' {1}.")
                .contains("Rundschreiben")
                .contains("/konto");
        Mailbox.Mail inEnglish = mailbox.latest(english.email(), TEMPLATE);
        assertThat(inEnglish.subject()).isEqualTo("Invitation");
        assertThat(inEnglish.body())
                .startsWith("Hello Groupie1 Rund,")
                .contains("there is news.")
                .contains("switch them off")
                .contains("/konto");
    }

    @Test
    void the_test_mail_goes_to_the_admin_once_per_text_and_the_preview_shows_both_languages() {
        LoginAccount admin = testMembers.admin();
        UUID request = UUID.randomUUID();
        AnnouncementDraft draft = draft(Audience.allMembers());
        int before = mailbox.to(admin.email(), "announcementTest").size();

        String address = asAdmin(() -> announcements.sendTest(request, draft));
        asAdmin(() -> announcements.sendTest(request, draft));
        asAdmin(() -> announcements.sendTest(
                request,
                new AnnouncementDraft(draft.audience(), draft.subject(), draft.text() + " Nachtrag.", null, null)));
        AnnouncementPreview preview = asAdmin(() -> reading.preview(draft));

        assertThat(address).isEqualTo(admin.email());
        List<Mailbox.Mail> tests = mailbox.to(admin.email(), "announcementTest");
        assertThat(tests).hasSize(before + 2);
        assertThat(tests.getLast().subject()).isEqualTo("[Test] Sommerfest");
        assertThat(tests.getLast().body()).contains("Nachtrag.");
        assertThat(preview.german().body()).startsWith("Guten Tag Anton Admin,").contains("Wir feiern.");
        assertThat(preview.english().body()).startsWith("Hello Anton Admin,").contains("Wir feiern.");
        assertThat(repository.count()).isZero();
    }

    @Test
    void bad_input_is_refused_at_its_field() {
        long congressA = scenarioCongress().id();
        long otherSession = scenarioCongress().smallWorkshop();

        assertThat(problems(new AnnouncementDraft(Audience.allMembers(), " ", "", null, null)))
                .containsExactly(
                        AnnouncementRules.SUBJECT + ":announcement.validation.subjectRequired",
                        AnnouncementRules.TEXT + ":announcement.validation.textRequired");
        assertThat(problems(new AnnouncementDraft(Audience.allMembers(), "Zwei\nZeilen", "Text", "Only", null)))
                .containsExactly(
                        AnnouncementRules.SUBJECT + ":announcement.validation.subjectOneLine",
                        AnnouncementRules.TEXT_ENGLISH + ":announcement.validation.textRequired");
        assertThat(problems(new AnnouncementDraft(Audience.allMembers(), "x".repeat(201), "Text", null, null)))
                .containsExactly(AnnouncementRules.SUBJECT + ":announcement.validation.subjectTooLong");
        assertThat(problems(draft(Audience.groupMembers(null))))
                .containsExactly(AnnouncementRules.GROUP + ":announcement.audience.groupRequired");
        assertThat(problems(draft(Audience.congressParticipants(null, null, null, null))))
                .containsExactly(AnnouncementRules.CONGRESS + ":announcement.audience.congressRequired");
        assertThat(problems(draft(Audience.workshopWaitingList(congressA, null))))
                .containsExactly(AnnouncementRules.SESSION + ":announcement.audience.sessionRequired");
        assertThat(problems(draft(Audience.congressParticipants(congressA, null, otherSession, null))))
                .containsExactly(AnnouncementRules.SESSION + ":announcement.audience.unknown");
        assertThat(problems(draft(Audience.eventWaitingList(-1L))))
                .containsExactly(AnnouncementRules.EVENT + ":announcement.audience.eventRequired");
        assertThat(repository.count()).isZero();
    }

    @Test
    void a_segment_without_recipients_sends_nothing() {
        List<LoginAccount> people = groupOf(1);
        long group = groupWith(people);
        Acting.run(people.getFirst(), () -> preferences.receiveAnnouncements(false));

        assertThatThrownBy(
                        () -> asAdmin(() -> announcements.send(UUID.randomUUID(), draft(Audience.groupMembers(group)))))
                .isInstanceOf(DomainException.class)
                .hasMessage("announcement.send.nobody");
        assertThat(repository.count()).isZero();
    }

    @Test
    void members_and_guests_may_not_count_preview_test_send_or_list() {
        AnnouncementDraft draft = draft(Audience.allMembers());
        SecurityTestSupport.signIn(testMembers.member());
        assertThatThrownBy(() -> announcements.send(UUID.randomUUID(), draft))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> announcements.sendTest(UUID.randomUUID(), draft))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.count(draft.audience())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.preview(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.choices()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reading.findPage(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        // A guest, as Spring Security presents one to the services.
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "guest", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> announcements.send(UUID.randomUUID(), draft))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> preferences.receiveAnnouncements(false))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(repository.count()).isZero();
    }

    @Test
    void the_switch_is_the_members_own_is_audited_and_is_in_their_data_export_and_erased_with_the_account() {
        List<LoginAccount> people = groupOf(1);
        LoginAccount member = people.getFirst();
        long group = groupWith(people);
        asAdmin(() -> announcements.send(UUID.randomUUID(), draft(Audience.groupMembers(group))));
        sendAll();
        long switchedOffBefore =
                Acting.as(testMembers.admin(), () -> audit.count(AuditAction.ANNOUNCEMENTS_SWITCHED_OFF));

        Acting.run(member, () -> preferences.receiveAnnouncements(false));
        Acting.run(member, () -> preferences.receiveAnnouncements(false));

        assertThat(Acting.as(member, preferences::receivesAnnouncements)).isFalse();
        assertThat(Acting.as(testMembers.member(), preferences::receivesAnnouncements))
                .isTrue();
        assertThat(Acting.as(testMembers.admin(), () -> audit.count(AuditAction.ANNOUNCEMENTS_SWITCHED_OFF)))
                .isEqualTo(switchedOffBefore + 1);
        DataSubject subject = new DataSubject(member.memberId(), member.email());
        AnnouncementPersonalData.Export export = personalData.export(subject);
        assertThat(export.receivesAnnouncements()).isFalse();
        assertThat(export.switchedOffAt()).isNotNull();
        assertThat(export.received())
                .extracting(AnnouncementPersonalData.ReceivedItem::subject)
                .containsExactly("Sommerfest");

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> personalData.erase(subject));

        AnnouncementPersonalData.Export after = personalData.export(subject);
        assertThat(after.receivesAnnouncements()).isTrue();
        assertThat(after.received()).isEmpty();
    }

    // --- helpers ---

    private static AnnouncementDraft draft(Audience audience) {
        return new AnnouncementDraft(audience, "Sommerfest", "Wir feiern.", null, null);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        return Acting.as(testMembers.admin(), action);
    }

    private AudienceCount count(Audience audience) {
        return asAdmin(() -> reading.count(audience));
    }

    private List<String> problems(AnnouncementDraft draft) {
        try {
            asAdmin(() -> announcements.send(UUID.randomUUID(), draft));
        } catch (InvalidInputException e) {
            return e.problems().stream()
                    .map(problem -> problem.field() + ":" + problem.messageKey())
                    .toList();
        }
        throw new AssertionError("No problem found in " + draft);
    }

    private void sendAll() {
        int rounds = 0;
        while (dispatch.sendNextBatch() > 0) {
            rounds++;
            assertThat(rounds).as("batches").isLessThan(1000);
        }
    }

    private AnnouncementItem item(long id) {
        return asAdmin(() -> reading.findPage(PageRequest.of(0, 50))).stream()
                .filter(item -> item.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private MemberIdentity identity(long memberId) {
        String email = jdbc.queryForObject("select email from member where id = ?", String.class, memberId);
        return new MemberIdentity(memberId, "x", "x", String.valueOf(email), Locale.GERMAN, MemberStatus.ACTIVE);
    }

    private List<LoginAccount> groupOf(int size) {
        return java.util.stream.IntStream.range(0, size)
                .mapToObj(i -> Groups.member(testMembers, "Groupie" + i, "Rund"))
                .toList();
    }

    /** An open group the given members joined; returns its id. */
    private long groupWith(List<LoginAccount> people) {
        long group = Groups.create(testMembers, groupAdministration, JoinPolicy.OPEN, GroupVisibility.LISTED);
        people.forEach(member -> join(member, group));
        return group;
    }

    private void join(LoginAccount member, long group) {
        Acting.run(member, () -> groupMembership.join(group));
    }

    private RegistrationScenario.Congress scenarioCongress() {
        clock.set(RegistrationScenario.NOW);
        return scenario.published();
    }

    private LoginAccount register(String name, RegistrationScenario.Congress congress, long category, long session) {
        LoginAccount member = Groups.member(testMembers, name, "Kongress");
        Acting.run(member, () -> congressRegistrations.register(request(congress, category, session, null)));
        return member;
    }

    private void registerGuest(RegistrationScenario.Congress congress) {
        guestRegistrations.register(
                request(congress, congress.paidCategory(), congress.largeWorkshop(), Contacts.uniqueEmail("gast")));
    }

    private static RegistrationRequest request(
            RegistrationScenario.Congress congress, long category, long session, @Nullable String email) {
        return new RegistrationRequest(
                congress.id(),
                category,
                null,
                "Kim",
                "Kongress",
                email,
                null,
                List.of(new SessionPick(congress.slot(), session, null)),
                RegistrationAnswers.none(),
                new BillingAddress(null, "Weg 1", "20095", "Hamburg"),
                true,
                Locale.GERMAN);
    }
}
