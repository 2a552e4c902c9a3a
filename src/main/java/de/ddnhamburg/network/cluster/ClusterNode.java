package de.ddnhamburg.network.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node: a random id, new at every start, that its messages carry so that it ignores its own;
 * and whether it runs on PostgreSQL. Only then do nodes tell each other anything: H2 is a file one
 * node opens, so there is no other node to tell, and changes stay in this JVM as before.
 */
@Component
class ClusterNode {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);

    private final String id = UUID.randomUUID().toString().replace("-", "");
    private final @Nullable HikariDataSource pool;

    ClusterNode(DataSource dataSource) {
        this.pool = postgresPool(dataSource);
    }

    String id() {
        return id;
    }

    /** True on PostgreSQL: changes go to the other nodes, and this node listens for theirs. */
    boolean clustered() {
        return pool != null;
    }

    /**
     * A connection of its own, outside the pool, for {@code LISTEN}: it is held for the node's
     * lifetime and must not take a place in the pool that requests wait for. Same address and
     * credentials as the pool; named in {@code pg_stat_activity} after this node.
     */
    Connection listeningConnection() throws SQLException {
        HikariDataSource source = pool;
        if (source == null) {
            throw new IllegalStateException("Not clustered: no PostgreSQL");
        }
        Properties properties = new Properties();
        properties.putAll(source.getDataSourceProperties());
        if (source.getUsername() != null) {
            properties.setProperty("user", source.getUsername());
        }
        if (source.getPassword() != null) {
            properties.setProperty("password", source.getPassword());
        }
        properties.setProperty("ApplicationName", "ddn-listener-" + id.substring(0, 8));
        // Finds a connection that died without a word (a cut network) within minutes, not hours.
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(source.getJdbcUrl(), properties);
    }

    private static @Nullable HikariDataSource postgresPool(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
                String url = hikari.getJdbcUrl();
                if (url != null && url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
                    return hikari;
                }
                return null;
            }
        } catch (SQLException e) {
            LOG.warn("Cannot tell which database the pool connects to; changes stay on this node", e);
            return null;
        }
        LOG.info("The data source is no Hikari pool; changes stay on this node");
        return null;
    }
}
