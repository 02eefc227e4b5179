package dev.blog.bootstrap.operations;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import io.micronaut.serde.annotation.Serdeable;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * {@code GET /pool}: the connection pool right now, for operators deciding whether the pool is too
 * small (threads waiting) or too large (mostly idle). Turned off with {@code endpoints.pool.enabled=false}.
 */
@Endpoint(id = "pool", defaultSensitive = false)
public class PoolEndpoint {

    private final DataSource dataSource;

    PoolEndpoint(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Read
    public PoolState state() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        HikariPoolMXBean live = pool.getHikariPoolMXBean();
        return new PoolState(pool.getPoolName(), live.getActiveConnections(), live.getIdleConnections(),
                live.getTotalConnections(), live.getThreadsAwaitingConnection(), pool.getMaximumPoolSize(),
                pool.getMinimumIdle(), pool.getConnectionTimeout());
    }

    @Serdeable
    public record PoolState(String pool, int active, int idle, int total, int threadsWaiting, int maximum,
                            int minimumIdle, long connectionTimeoutMillis) {
    }
}
