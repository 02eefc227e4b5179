package dev.blog.testsupport.access;

import dev.blog.domain.access.port.LoginAttempts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link LoginAttempts} in memory, held to the same contract as the database adapter; one lock for all. */
public final class InMemoryLoginAttempts implements LoginAttempts {

    private final Map<String, List<Instant>> attempts = new HashMap<>();

    @Override
    public void serialise(String accountKey) {
        // Every method is synchronized: attempts are serialised already.
    }

    @Override
    public synchronized List<Instant> recordedSince(String accountKey, Instant since, int limit) {
        return attempts.getOrDefault(accountKey, List.of()).stream()
                .filter(at -> !at.isBefore(since))
                .sorted(Comparator.reverseOrder())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void record(String accountKey, Instant at) {
        attempts.computeIfAbsent(accountKey, key -> new ArrayList<>()).add(at);
    }

    @Override
    public synchronized void withdrawNewest(String accountKey) {
        attempts.getOrDefault(accountKey, new ArrayList<>()).stream().max(Comparator.naturalOrder())
                .ifPresent(newest -> attempts.get(accountKey).remove(newest));
    }

    @Override
    public synchronized void clear(String accountKey) {
        attempts.remove(accountKey);
    }

    @Override
    public synchronized void forgetBefore(Instant instant) {
        attempts.values().forEach(list -> list.removeIf(at -> at.isBefore(instant)));
        attempts.values().removeIf(List::isEmpty);
    }
}
