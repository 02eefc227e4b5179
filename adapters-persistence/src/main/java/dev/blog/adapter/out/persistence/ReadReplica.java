package dev.blog.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.blog.application.shared.StoreUnavailableException;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * An optional streaming replica of the database for the read-only transactions ({@code blog.read-replica.url};
 * empty, the default, sends everything to the primary). The default data source is wrapped so that it hands
 * out replica connections while {@link #readOrFallBack} runs a read-only transaction, and primary connections
 * otherwise: the repositories and the transaction manager stay as they are, and a transaction keeps the one
 * connection it began with. A replica lags behind the primary, so a read may not yet see a write that was just
 * committed; use cases that must see it read inside their write transaction, which always runs on the primary.
 * When the replica cannot be reached, reads go to the primary for {@code retry-after}, then try it again.
 */
@Singleton
final class ReadReplica implements BeanCreatedEventListener<DataSource>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ReadReplica.class);
    private static final ThreadLocal<Boolean> READING_FROM_REPLICA = ThreadLocal.withInitial(() -> false);

    private final HikariDataSource replica;
    private final Duration retryAfter;
    private volatile long retryAtNanos = System.nanoTime();
    private volatile boolean unavailable;

    ReadReplica(@Value("${blog.read-replica.url:}") String url,
                @Value("${blog.read-replica.username:postgres}") String username,
                @Value("${blog.read-replica.password:}") String password,
                @Value("${blog.read-replica.maximum-pool-size:4}") int maximumPoolSize,
                @Value("${blog.read-replica.connection-timeout:1000}") long connectionTimeoutMillis,
                @Value("${blog.read-replica.retry-after:5s}") Duration retryAfter,
                @Value("${datasources.default.connection-init-sql:}") String connectionInitSql,
                @Value("${blog.db.statement-timeout-ms:5000}") long statementTimeoutMillis,
                @Value("${blog.db.socket-timeout-s:10}") int socketTimeoutSeconds) {
        this.retryAfter = retryAfter;
        this.replica = url.isBlank() ? null : pool(url, username, password, maximumPoolSize, connectionTimeoutMillis,
                connectionInitSql, statementTimeoutMillis, socketTimeoutSeconds);
    }

    private static HikariDataSource pool(String url, String username, String password, int size, long timeoutMillis,
                                         String connectionInitSql, long statementTimeoutMillis,
                                         int socketTimeoutSeconds) {
        HikariConfig config = new HikariConfig();
        // The primary's session settings (the plan cache mode) hold on the replica too: the reads are the same.
        if (!connectionInitSql.isBlank()) {
            config.setConnectionInitSql(connectionInitSql);
        }
        config.setPoolName("replica");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setConnectionTimeout(timeoutMillis);
        config.setReadOnly(true);
        // The same bounds as the primary's (application.yml): no read waits longer on a frozen replica.
        config.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeoutMillis);
        config.addDataSourceProperty("socketTimeout", socketTimeoutSeconds);
        // Start even while the replica is away: reads then go to the primary until it is back.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return replica == null ? event.getBean() : new Routing(event.getBean());
    }

    /**
     * First, directly around the pool: Micronaut Data then wraps the routing in its contextual-connection
     * proxy, which its transaction manager and the health check unwrap down to the routing. The other way
     * round, they would find no proxy to unwrap and ask the contextual one for a connection outside any.
     */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    /**
     * Runs the read-only {@code transaction} on the replica; if the replica is unavailable (or was, less than
     * {@code retry-after} ago), on the primary. Running a read twice changes nothing, so a read the replica
     * failed halfway through is simply run again.
     */
    <T> T readOrFallBack(Supplier<T> transaction) {
        if (replica == null || System.nanoTime() - retryAtNanos < 0) {
            return transaction.get();
        }
        READING_FROM_REPLICA.set(true);
        try {
            T result = transaction.get();
            if (unavailable) {
                unavailable = false;
                LOG.info("The read replica is back: read-only transactions use it again");
            }
            return result;
        } catch (StoreUnavailableException replicaDown) {
            retryAtNanos = System.nanoTime() + retryAfter.toNanos();
            if (!unavailable) {
                unavailable = true;
                LOG.warn("The read replica is unavailable, reads go to the primary (trying it again every {} ms): {}",
                        retryAfter.toMillis(), replicaDown.getCause() == null ? replicaDown : replicaDown.getCause().toString());
            }
        } finally {
            READING_FROM_REPLICA.remove();
        }
        return transaction.get();
    }

    @PreDestroy
    void close() {
        if (replica != null) {
            replica.close();
        }
    }

    /** The primary's data source, except for connections opened while a read runs on the replica. */
    private final class Routing implements DataSource {

        private final DataSource primary;

        Routing(DataSource primary) {
            this.primary = primary;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return READING_FROM_REPLICA.get() ? replica.getConnection() : primary.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return primary.getConnection(username, password);
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || type.isInstance(primary) || primary.isWrapperFor(type);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return primary.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            primary.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            primary.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return primary.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return primary.getParentLogger();
        }
    }
}
