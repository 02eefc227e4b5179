package dev.blog.domain.archfixture;

import java.sql.Timestamp;
import java.time.Instant;

/** Breaks the dependency rule on purpose; see ArchitectureRulesCatchViolationsTest. */
public class DomainClassUsingSqlTimestamp {

    public Timestamp toTimestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
