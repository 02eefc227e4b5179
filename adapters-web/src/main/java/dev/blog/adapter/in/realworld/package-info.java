/**
 * The RealWorld ("Conduit") API, the service's second inbound HTTP surface, under {@value
 * dev.blog.adapter.in.realworld.ConduitApi#PATH}: the public specification in {@code docs/realworld/}. It calls
 * the same use cases as the blog API and nothing below them; articles are posts (always published), profiles
 * are users, favorites are likes. Its errors are {@code {"errors": {"field": ["message"]}}} ({@code error}).
 * It never depends on the blog API's package, nor the blog API on it: what both need is in {@code
 * dev.blog.adapter.in.common}.
 */
package dev.blog.adapter.in.realworld;
