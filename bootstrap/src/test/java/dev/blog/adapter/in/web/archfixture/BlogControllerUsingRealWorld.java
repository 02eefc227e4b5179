package dev.blog.adapter.in.web.archfixture;

import dev.blog.adapter.in.realworld.ConduitApi;

/** Breaks the dependency rule on purpose: the blog API asking the RealWorld API's paths. */
public class BlogControllerUsingRealWorld {

    public boolean isConduit(String path) {
        return ConduitApi.serves(path);
    }
}
