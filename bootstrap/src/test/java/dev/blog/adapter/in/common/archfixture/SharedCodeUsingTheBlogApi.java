package dev.blog.adapter.in.common.archfixture;

import dev.blog.adapter.in.web.problem.Problems;
import io.micronaut.http.HttpStatus;

/** Breaks the dependency rule on purpose: shared code that uses one of the surfaces. */
public class SharedCodeUsingTheBlogApi {

    public Object busy() {
        return Problems.response(HttpStatus.SERVICE_UNAVAILABLE, "busy");
    }
}
