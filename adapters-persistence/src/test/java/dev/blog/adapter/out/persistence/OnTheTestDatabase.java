package dev.blog.adapter.out.persistence;

import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/** A Micronaut test on the run's fresh PostgreSQL database. */
public interface OnTheTestDatabase extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }
}
