package dev.blog.testsupport.access;

import dev.blog.domain.access.port.LoginAttempts;

class InMemoryLoginAttemptsTest extends LoginAttemptsContract {

    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();

    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }
}
