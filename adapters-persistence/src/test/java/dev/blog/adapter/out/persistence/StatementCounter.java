package dev.blog.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wraps the application's DataSource so that every SQL statement executed through it is recorded. Only
 * in tests that set {@value #ENABLED}, so that the others run on the plain pool.
 */
@Singleton
@Requires(property = StatementCounter.ENABLED, value = "true")
public final class StatementCounter implements BeanCreatedEventListener<DataSource> {

    public static final String ENABLED = "test.count-statements";

    private final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return ProxyDataSourceBuilder.create(event.getBean())
                .listener(new QueryExecutionListener() {
                    @Override
                    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                    }

                    @Override
                    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                        queries.forEach(query -> statements.add(query.getQuery()));
                    }
                })
                .build();
    }

    public void reset() {
        statements.clear();
    }

    /** The statements executed since the last {@link #reset()}, in order. */
    public List<String> statements() {
        return List.copyOf(statements);
    }
}
