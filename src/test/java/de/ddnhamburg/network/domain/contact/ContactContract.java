package de.ddnhamburg.network.domain.contact;

import static de.ddnhamburg.network.support.Contacts.firstContact;
import static de.ddnhamburg.network.support.Contacts.uniqueEmail;
import static de.ddnhamburg.network.support.ProfileBuilder.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ddnhamburg.network.domain.common.DomainException;
import de.ddnhamburg.network.domain.member.LoginAccount;
import de.ddnhamburg.network.support.OutboxRows;
import de.ddnhamburg.network.support.SecurityTestSupport;
import de.ddnhamburg.network.support.TestMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The contact tables on each database: the constraints that back the service's rules, and the
 * service's answer when two submits race each other.
 */
abstract class ContactContract {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20);

    @Autowired
    ContactRequestService requests;

    @Autowired
    ContactBlockService blocks;

    @Autowired
    ContactReadService contacts;

    @Autowired
    TestMembers testMembers;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void cleanUp() {
        threads.shutdownNow();
        SecurityTestSupport.signOut();
    }

    @Test
    void a_request_goes_from_sending_to_contact_with_its_lists_and_mails() {
        LoginAccount anna = member("Anna");
        LoginAccount bert = member("Bert");

        ContactRequestItem sent = as(anna, () -> requests.send(bert.memberId(), firstContact()));
        assertThat(as(bert, () -> contacts.openRequestsForMe(FIRST_PAGE)))
                .extracting(ContactRequestItem::id)
                .containsExactly(sent.id());
        assertThat(as(anna, () -> contacts.mySentRequests(FIRST_PAGE)))
                .extracting(ContactRequestItem::id)
                .containsExactly(sent.id());

        as(bert, () -> {
            requests.accept(sent.id());
            return null;
        });

        List<ContactEntry> annasContacts = as(anna, () -> contacts.myContacts(FIRST_PAGE, Locale.GERMAN));
        assertThat(annasContacts)
                .singleElement()
                .satisfies(entry -> assertThat(entry.profile().id()).isEqualTo(bert.memberId()));
        assertThat(as(bert, () -> contacts.countMyContacts())).isEqualTo(1);
        new OutboxRows(jdbc).one("contact.request:" + sent.id());
        new OutboxRows(jdbc).one("contact.accepted:" + sent.id());
    }

    @Test
    void blocks_and_the_pair_queries_work() {
        LoginAccount hidden = testMembers.withProfile(
                uniqueEmail("hidden"),
                profile("Hanna", "Hidden").hiddenFromDirectory().build());
        LoginAccount asked = member("Asked");
        as(hidden, () -> requests.send(asked.memberId(), firstContact()));

        as(asked, () -> {
            blocks.block(hidden.memberId());
            return null;
        });

        assertThat(as(asked, () -> blocks.myBlocks(FIRST_PAGE)))
                .extracting(BlockedMember::memberId)
                .containsExactly(hidden.memberId());
        assertThat(as(asked, () -> contacts.countOpenRequestsForMe())).isZero();
    }

    @Test
    void two_simultaneous_submits_give_one_request_and_one_mail() throws Exception {
        for (int round = 0; round < 5; round++) {
            LoginAccount sender = member("Doppel");
            LoginAccount recipient = member("Empfang");

            List<ContactRequestItem> results = simultaneously(
                    () -> as(sender, () -> requests.send(recipient.memberId(), firstContact())),
                    () -> as(sender, () -> requests.send(recipient.memberId(), firstContact())));

            assertThat(results.get(0).id()).isEqualTo(results.get(1).id());
            assertThat(requestsBetween(sender, recipient)).isEqualTo(1);
            new OutboxRows(jdbc).one("contact.request:" + results.getFirst().id());
        }
    }

    @Test
    void requests_crossing_each_other_leave_one_open_request() throws Exception {
        for (int round = 0; round < 5; round++) {
            LoginAccount one = member("Kreuz");
            LoginAccount other = member("Quer");
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Object> first = threads.submit(() -> sendAfter(start, one, other));
            Future<Object> second = threads.submit(() -> sendAfter(start, other, one));

            List<Object> outcomes = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));

            assertThat(outcomes)
                    .filteredOn(ContactRequestItem.class::isInstance)
                    .hasSize(1);
            assertThat(outcomes)
                    .filteredOn(DomainException.class::isInstance)
                    .singleElement()
                    .satisfies(e -> assertThat(((DomainException) e).getMessageKey())
                            .isEqualTo("contact.request.pendingFromThem"));
            assertThat(requestsBetween(one, other)).isEqualTo(1);
        }
    }

    @Test
    void the_database_allows_one_open_request_per_pair_in_either_direction() {
        long a = member("Anton").memberId();
        long b = member("Berta").memberId();
        String pair = Math.min(a, b) + ":" + Math.max(a, b);

        insertRequest(a, b, "OPEN", pair);
        insertRequest(a, b, "DECLINED", null);
        insertRequest(b, a, "WITHDRAWN", null);

        assertThatThrownBy(() -> insertRequest(b, a, "OPEN", pair)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRequest(a, b, "OPEN", null)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRequest(a, b, "ACCEPTED", pair + "x"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRequest(a, a, "DECLINED", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRequest(a, b, "MAYBE", null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_contact_is_stored_once_per_pair_lower_id_first_and_a_block_once() {
        long a = member("Carla").memberId();
        long b = member("Dirk").memberId();
        long low = Math.min(a, b);
        long high = Math.max(a, b);

        insertContact(low, high);
        assertThatThrownBy(() -> insertContact(low, high)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertContact(high, low)).isInstanceOf(DataIntegrityViolationException.class);

        insertBlock(a, b);
        insertBlock(b, a);
        assertThatThrownBy(() -> insertBlock(a, b)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertBlock(a, a)).isInstanceOf(DataIntegrityViolationException.class);
    }

    private Object sendAfter(CyclicBarrier start, LoginAccount sender, LoginAccount recipient) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        try {
            return as(sender, () -> requests.send(recipient.memberId(), firstContact()));
        } catch (DomainException e) {
            return e;
        }
    }

    private <T> List<T> simultaneously(Callable<T> one, Callable<T> other)
            throws InterruptedException, ExecutionException {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : List.of(one, other)) {
            futures.add(threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return task.call();
            }));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get(30, TimeUnit.SECONDS));
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("A submit did not finish", e);
            }
        }
        return results;
    }

    private long requestsBetween(LoginAccount one, LoginAccount other) {
        Long count = jdbc.queryForObject(
                """
                select count(*) from contact_request
                where (sender_id = ? and recipient_id = ?) or (sender_id = ? and recipient_id = ?)""", Long.class, one.memberId(), other.memberId(), other.memberId(), one.memberId());
        return count == null ? 0 : count;
    }

    private void insertRequest(long sender, long recipient, String status, @Nullable String openPair) {
        jdbc.update("""
                insert into contact_request (version, created_at, updated_at, sender_id, recipient_id, who_i_am,
                    why_i_write, next_step, status, open_pair)
                values (0, current_timestamp, current_timestamp, ?, ?, 'wer', 'warum', 'was', ?, ?)""", sender, recipient, status, openPair);
    }

    private void insertContact(long low, long high) {
        jdbc.update("""
                insert into contact (version, created_at, updated_at, member_low_id, member_high_id)
                values (0, current_timestamp, current_timestamp, ?, ?)""", low, high);
    }

    private void insertBlock(long blocker, long blocked) {
        jdbc.update("""
                insert into member_block (version, created_at, updated_at, blocker_id, blocked_id)
                values (0, current_timestamp, current_timestamp, ?, ?)""", blocker, blocked);
    }

    private LoginAccount member(String firstName) {
        return testMembers.withProfile(
                uniqueEmail(firstName.toLowerCase(Locale.ROOT)),
                profile(firstName, "Vertrag").build());
    }

    private static <T> T as(LoginAccount account, Supplier<T> action) {
        SecurityTestSupport.signIn(account);
        try {
            return action.get();
        } finally {
            SecurityTestSupport.signOut();
        }
    }
}
