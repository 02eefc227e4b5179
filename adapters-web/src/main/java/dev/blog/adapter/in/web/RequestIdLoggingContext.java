package dev.blog.adapter.in.web;

import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

/**
 * Puts the request id, and only it, into the logging context of each thread while it works on the
 * request, and puts back what was there after. Micronaut's {@code MdcPropagationContext} would do the same
 * by copying the thread's whole MDC map at every hop: 4% of the service's CPU in the get-a-post benchmark.
 */
record RequestIdLoggingContext(String id) implements ThreadPropagatedContextElement<String> {

    static final String MDC_KEY = "requestId";

    @Override
    public String updateThreadContext() {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        return previous;
    }

    @Override
    public void restoreThreadContext(String previous) {
        if (previous == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, previous);
        }
    }
}
