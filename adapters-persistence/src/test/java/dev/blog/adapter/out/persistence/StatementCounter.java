package dev.blog.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
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
 *
 * <p>First of all DataSource listeners: Micronaut Data wraps the pool in a contextual proxy that its
 * connection management unwraps again to reach the pool. Wrapped outside that proxy, our wrapper would
 * stop the unwrapping and every transaction would fail to find its connection.
 */
@Singleton
@Requires(property = StatementCounter.ENABLED, value = "true")
public final class StatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {

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

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    public void reset() {
        statements.clear();
    }

    /** The statements executed since the last {@link #reset()}, in order. */
    public List<String> statements() {
        return List.copyOf(statements);
    }
}
