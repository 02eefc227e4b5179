package dev.blog.adapter.out.password.archfixture;

import java.sql.Connection;

/** Deliberately broken: a password hasher that reaches for the database. */
public final class PasswordHasherUsingJdbc {

    public boolean storedSomewhere(Connection connection) {
        return connection != null;
    }
}
