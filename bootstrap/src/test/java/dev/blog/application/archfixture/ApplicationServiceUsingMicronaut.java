package dev.blog.application.archfixture;

import io.micronaut.core.util.StringUtils;

/** Breaks the dependency rule on purpose; see ArchitectureRulesCatchViolationsTest. */
public class ApplicationServiceUsingMicronaut {

    public boolean blank(String text) {
        return StringUtils.isEmpty(text);
    }
}
