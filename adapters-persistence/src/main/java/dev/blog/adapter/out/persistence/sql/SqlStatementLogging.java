package dev.blog.adapter.out.persistence.sql;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import net.ttddyy.dsproxy.listener.logging.SLF4JLogLevel;
import net.ttddyy.dsproxy.listener.logging.SLF4JQueryLoggingListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The counterpart of SQLAlchemy's {@code echo=True}: with {@code blog.sql.log=true} every statement is
 * logged (logger {@value #LOGGER}) with its parameters and how long it took, password hashes masked. Off by
 * default, because a log line per statement costs throughput and may carry personal data.
 *
 * <p>The logging proxy sits beneath the pool, between HikariCP and the driver, so the pool, its metrics
 * and Micronaut's transaction management see exactly what they see without it.
 */
@Singleton
@Requires(property = "blog.sql.log", value = "true")
final class SqlStatementLogging implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final String LOGGER = "dev.blog.sql";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        PGSimpleDataSource driver = new PGSimpleDataSource();
        driver.setURL(configuration.getJdbcUrl());
        driver.setUser(configuration.getUsername());
        driver.setPassword(configuration.getPassword());
        SLF4JQueryLoggingListener logging = new SLF4JQueryLoggingListener();
        logging.setLogLevel(SLF4JLogLevel.INFO);
        logging.setLogger(LOGGER);
        logging.setQueryLogEntryCreator(new MaskingQueryLogEntryCreator());
        configuration.setDataSource(ProxyDataSourceBuilder.create(driver)
                .name(configuration.getName())
                .listener(logging)
                .build());
        return configuration;
    }
}
