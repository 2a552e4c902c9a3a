package de.ddnhamburg.network.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A burst of changes costs each open page one update while its update waits (issue 13). */
class PageBroadcastsTest {

    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private final PageBroadcasts pages = new PageBroadcasts(waiting::add);

    @Test
    void changes_while_a_page_update_waits_add_no_second_update() {
        AtomicInteger updates = new AtomicInteger();
        pages.register(7, updates::incrementAndGet);

        for (int i = 0; i < 40; i++) {
            pages.announce(7);
        }

        assertThat(waiting).hasSize(1);
        runWaiting();
        assertThat(updates).hasValue(1);
    }

    @Test
    void a_change_after_the_update_started_is_told_again() {
        AtomicInteger updates = new AtomicInteger();
        // The page's update itself sees a change committed while it runs.
        pages.register(7, () -> {
            if (updates.incrementAndGet() == 1) {
                pages.announce(7);
            }
        });

        pages.announce(7);
        runWaiting();

        assertThat(updates).hasValue(2);
    }

    @Test
    void every_page_of_the_record_is_told_and_no_other_and_none_after_leaving() {
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        AtomicInteger elsewhere = new AtomicInteger();
        pages.register(7, first::incrementAndGet);
        Registration leaving = pages.register(7, second::incrementAndGet);
        pages.register(8, elsewhere::incrementAndGet);

        pages.announce(7);
        runWaiting();
        leaving.remove();
        pages.announce(7);
        runWaiting();

        assertThat(first).hasValue(2);
        assertThat(second).hasValue(1);
        assertThat(elsewhere).hasValue(0);
        assertThat(pages.listening(7)).isEqualTo(1);
    }

    private void runWaiting() {
        Runnable next;
        while ((next = waiting.poll()) != null) {
            next.run();
        }
    }
}
