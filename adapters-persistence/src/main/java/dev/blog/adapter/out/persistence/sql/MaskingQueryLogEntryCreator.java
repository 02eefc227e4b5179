package dev.blog.adapter.out.persistence.sql;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.logging.DefaultQueryLogEntryCreator;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes statement log lines as datasource-proxy does, except that a parameter holding a password hash is
 * printed as {@value #MASK}: a hash in a log file is an offline brute-force target. Hashes are recognised by
 * their form (a PHC string such as {@code $argon2id$v=19$...}), so a new statement that stores one is
 * masked without having to be listed here.
 */
final class MaskingQueryLogEntryCreator extends DefaultQueryLogEntryCreator {

    static final String MASK = "***";
    private static final Pattern PASSWORD_HASH = Pattern.compile("^\\$[a-z0-9-]+\\$\\S*\\$\\S+$");

    @Override
    protected void writeParamsForSinglePreparedEntry(StringBuilder entry, SortedMap<String, String> parameters,
                                                     ExecutionInfo execution, List<QueryInfo> queries) {
        SortedMap<String, String> masked = new TreeMap<>(parameters.comparator());
        parameters.forEach((index, value) -> masked.put(index,
                value != null && PASSWORD_HASH.matcher(value).matches() ? MASK : value));
        super.writeParamsForSinglePreparedEntry(entry, masked, execution, queries);
    }
}
