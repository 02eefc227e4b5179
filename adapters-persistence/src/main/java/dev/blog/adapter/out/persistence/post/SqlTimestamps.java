package dev.blog.adapter.out.persistence.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants to and from TIMESTAMPTZ columns; the driver maps TIMESTAMPTZ to OffsetDateTime, not Instant. */
final class SqlTimestamps {

    private SqlTimestamps() {
    }

    static OffsetDateTime of(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant read(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
