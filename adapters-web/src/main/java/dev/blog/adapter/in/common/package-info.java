/**
 * What the two inbound HTTP surfaces, the blog API ({@code dev.blog.adapter.in.web}) and the RealWorld API
 * ({@code dev.blog.adapter.in.realworld}), both need, owned by neither: the signed tokens and the caller they
 * stand for ({@code access}), the strict JSON types, which are global serde beans ({@code json}), and the
 * dispatch of errors to the surface a request belongs to ({@code error}). The surfaces never depend on each
 * other (an ArchUnit rule); this package depends on neither.
 */
package dev.blog.adapter.in.common;
