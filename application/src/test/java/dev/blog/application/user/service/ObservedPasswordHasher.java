package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.testsupport.user.FakePasswordHasher;

/** The fake hasher, plus a count of the hashes made and of those made while a transaction was open. */
final class ObservedPasswordHasher implements PasswordHasher {

    private final PasswordHasher delegate = new FakePasswordHasher();
    private final CountingTransactions transactions;
    private int hashes;
    private int hashesInsideTransaction;

    ObservedPasswordHasher(CountingTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public PasswordHash hash(Password password) {
        hashes++;
        if (transactions.isOpen()) {
            hashesInsideTransaction++;
        }
        return delegate.hash(password);
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return delegate.matches(password, hash);
    }

    int hashes() {
        return hashes;
    }

    int hashesInsideTransaction() {
        return hashesInsideTransaction;
    }
}
