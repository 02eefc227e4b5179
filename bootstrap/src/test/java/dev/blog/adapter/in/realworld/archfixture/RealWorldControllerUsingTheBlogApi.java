package dev.blog.adapter.in.realworld.archfixture;

import dev.blog.adapter.in.web.problem.Problems;
import io.micronaut.http.HttpStatus;

/** Breaks the dependency rule on purpose: a RealWorld answer built with the blog API's problems. */
public class RealWorldControllerUsingTheBlogApi {

    public Object notFound() {
        return Problems.response(HttpStatus.NOT_FOUND, "no such article");
    }
}
