package dev.blog.application.archfixture;

import java.sql.Timestamp;

/** Breaks the dependency rule on purpose; see ArchitectureRulesCatchViolationsTest. */
public class ApplicationServiceUsingJdbc {

    public long millis(Timestamp timestamp) {
        return timestamp.getTime();
    }
}
