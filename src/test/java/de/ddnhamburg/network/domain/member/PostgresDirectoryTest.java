package de.ddnhamburg.network.domain.member;

import static org.assertj.core.api.Assertions.assertThat;

import de.ddnhamburg.network.support.PostgresTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class PostgresDirectoryTest extends DirectoryContract {

    @Autowired
    DirectorySearchOrder searchOrder;

    @Test
    void the_nightly_job_puts_the_search_table_back_into_name_order_on_disk() {
        Timestamp now = Timestamp.from(Instant.now());
        // Joined in the reverse of list order, so that they lie on disk against it.
        for (String last : List.of("Zeiss", "Mahler", "Abel")) {
            jdbc.update(
                    "insert into member (version, created_at, updated_at, email, password_hash, first_name, last_name,"
                            + " search_text, status, language) values (0, ?, ?, ?, 'x', 'Ordnung', ?, ?, 'ACTIVE', 'de')",
                    now,
                    now,
                    marker + last.toLowerCase(Locale.ROOT) + "@example.org",
                    last + marker,
                    marker);
        }
        String onDisk = "select member_id from member_search order by ctid";
        String inListOrder = "select member_id from member_search order by last_name, first_name, member_id";
        assertThat(jdbc.queryForList(onDisk, Long.class)).isNotEqualTo(jdbc.queryForList(inListOrder, Long.class));

        assertThat(searchOrder.restore()).isTrue();

        assertThat(jdbc.queryForList(onDisk, Long.class)).isEqualTo(jdbc.queryForList(inListOrder, Long.class));
        assertThat(count(filter(marker)).value()).isEqualTo(3);
    }
}
