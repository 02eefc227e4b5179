package dev.blog.bootstrap;

import io.micronaut.runtime.Micronaut;

public final class BlogApplication {

    private BlogApplication() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(BlogApplication.class)
                .banner(false)
                .start();
    }
}
