package dev.blog.benchmarks;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The load scenarios of the blog service, one per run, chosen with {@code -Dscenario=}:
 * <ul>
 *   <li>{@code seed}: 200 users and 5,000 posts (25 per user), each post with 0..4 of 50 tag names,
 *       created through the API; writes the ids it got to {@code target/seed/} for the other scenarios;</li>
 *   <li>{@code a}: get a random post by id;</li>
 *   <li>{@code b}: a page of 20 posts at a random offset in 0..2000;</li>
 *   <li>{@code c}: create a post with 3 tags, each virtual user as a writer it registers and logs in first;</li>
 *   <li>{@code d}: a page of 20 posts filtered by a random tag;</li>
 *   <li>{@code e}: a mix, 80% reads (40% a, 20% b, 20% d) and 20% writes (c);</li>
 *   <li>{@code r}: the RealWorld API's article list, half at a random offset (as b), half by a random tag (as d);</li>
 *   <li>{@code warmup}: reads only (a, b, d), for the JIT's sake; its figures are not reported.</li>
 * </ul>
 * Every measured scenario runs {@code -Dconnections} virtual users at once (default 32), each with its own
 * keep-alive connection, issuing requests back to back for {@code -Dduration} seconds (default 30).
 */
public class BlogSimulation extends Simulation {

    static final int USERS = Integer.getInteger("seed.users", 200);
    static final int POSTS_PER_USER = Integer.getInteger("seed.postsPerUser", 25);
    static final int TAG_NAMES = 50;
    static final int PAGE = 20;
    static final int MAX_OFFSET = 2000;

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:18080");
    private static final String SCENARIO = System.getProperty("scenario", "a");
    private static final int CONNECTIONS = Integer.getInteger("connections", 32);
    /** How often the seed asks again after a refusal (503: busy, nothing written). */
    private static final int SEED_TRIES = 50;
    private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("duration", 30));
    private static final Path SEED_DIR = Path.of(System.getProperty("seedDir", "target/seed"));

    private static final String[] WORDS = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod"
            + " tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation"
            + " ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate")
            .split(" ");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .disableCaching()
            .warmUp(BASE_URL + "/health");

    // Seeding state, shared by the virtual users of the seed scenario.
    private final AtomicInteger nextUser = new AtomicInteger();
    private final ConcurrentLinkedQueue<Long> seededUsers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> seededPosts = new ConcurrentLinkedQueue<>();

    // What the other scenarios draw from.
    private final long[] postIds;

    public BlogSimulation() {
        boolean seeding = SCENARIO.equals("seed");
        postIds = seeding ? new long[0] : readIds("post-ids.txt");
        setUp(population()).protocols(protocol);
    }

    @Override
    public void after() {
        if (SCENARIO.equals("seed")) {
            writeSeed();
        }
    }

    private PopulationBuilder population() {
        return switch (SCENARIO) {
            case "seed" -> seed().injectOpen(atOnceUsers(CONNECTIONS));
            case "a" -> loop("a get post by id", getPost()).injectOpen(atOnceUsers(CONNECTIONS));
            case "b" -> loop("b page at random offset", pageAtOffset()).injectOpen(atOnceUsers(CONNECTIONS));
            case "c" -> writers("c create post with 3 tags", createPost()).injectOpen(atOnceUsers(CONNECTIONS));
            case "d" -> loop("d page by tag", pageByTag()).injectOpen(atOnceUsers(CONNECTIONS));
            case "e" -> writers("e mix 80% reads 20% writes", mix()).injectOpen(atOnceUsers(CONNECTIONS));
            case "r" -> loop("r RealWorld article pages", realWorldPages()).injectOpen(atOnceUsers(CONNECTIONS));
            case "warmup" -> loop("warm-up reads", reads()).injectOpen(atOnceUsers(CONNECTIONS));
            default -> throw new IllegalArgumentException("unknown scenario " + SCENARIO + " (seed, a..e, r, warmup)");
        };
    }

    private ScenarioBuilder loop(String name, ChainBuilder request) {
        return scenario(name).during(DURATION).on(request);
    }

    /**
     * Writing needs a token: each virtual user registers a writer of its own and logs in once, before its
     * measured loop (one password hash per virtual user, not per request).
     */
    private ScenarioBuilder writers(String name, ChainBuilder request) {
        return scenario(name)
                .exec(session -> session.set("writer", "writer_" + UUID.randomUUID().toString().substring(0, 8)))
                .exec(http("writer registers").post("/api/users").body(StringBody("""
                        {"username":"#{writer}","email":"#{writer}@example.com","password":"correct-horse-writer"}"""))
                        .check(status().is(201)))
                .exec(http("writer logs in").post("/api/auth/login").body(StringBody("""
                        {"login":"#{writer}","password":"correct-horse-writer"}"""))
                        .check(status().is(200), jsonPath("$.accessToken").saveAs("token")))
                .during(DURATION).on(request);
    }

    // ---- the requests ----------------------------------------------------------------------------------

    private ChainBuilder getPost() {
        return exec(session -> session.set("postId", random(postIds)))
                .exec(http("a GET /api/posts/{id}").get("/api/posts/#{postId}").check(status().is(200)));
    }

    private ChainBuilder pageAtOffset() {
        return exec(session -> session.set("offset", ThreadLocalRandom.current().nextInt(MAX_OFFSET + 1)))
                .exec(http("b GET /api/posts?offset&limit=20")
                        .get("/api/posts?offset=#{offset}&limit=" + PAGE).check(status().is(200)));
    }

    private ChainBuilder createPost() {
        return exec(session -> session.set("body", postJson(ThreadLocalRandom.current(), 3)))
                .exec(http("c POST /api/posts").post("/api/posts").header("Authorization", "Bearer #{token}")
                        .body(StringBody("#{body}")).check(status().is(201)));
    }

    /**
     * The RealWorld API's article list (README "RealWorld"), on the same use cases as b and d: half the requests
     * a page at a random offset, half a page of a random tag, each of 20 articles with authors and tags.
     */
    private ChainBuilder realWorldPages() {
        return exec(session -> session.set("offset", ThreadLocalRandom.current().nextInt(MAX_OFFSET + 1))
                        .set("tag", tagName(ThreadLocalRandom.current().nextInt(TAG_NAMES))))
                .randomSwitch().on(
                        percent(50.0).then(exec(http("r GET /conduit/api/articles?offset&limit=20")
                                .get("/conduit/api/articles?offset=#{offset}&limit=" + PAGE).check(status().is(200)))),
                        percent(50.0).then(exec(http("r GET /conduit/api/articles?tag&limit=20")
                                .get("/conduit/api/articles?tag=#{tag}&limit=" + PAGE).check(status().is(200)))));
    }

    private ChainBuilder pageByTag() {
        return exec(session -> session.set("tag", tagName(ThreadLocalRandom.current().nextInt(TAG_NAMES))))
                .exec(http("d GET /api/posts?tag&limit=20")
                        .get("/api/posts?tag=#{tag}&limit=" + PAGE).check(status().is(200)));
    }

    private ChainBuilder mix() {
        return randomSwitch().on(
                percent(40.0).then(getPost()),
                percent(20.0).then(pageAtOffset()),
                percent(20.0).then(pageByTag()),
                percent(20.0).then(createPost()));
    }

    /** Reads only, so that warming up leaves the data as the seed made it. */
    private ChainBuilder reads() {
        return randomSwitch().on(
                percent(50.0).then(getPost()),
                percent(25.0).then(pageAtOffset()),
                percent(25.0).then(pageByTag()));
    }

    // ---- seeding ---------------------------------------------------------------------------------------

    private ScenarioBuilder seed() {
        String run = Long.toString(System.currentTimeMillis(), 36);
        return scenario("seed").asLongAs(session -> nextUser.get() < USERS).on(
                exec(session -> {
                    int index = nextUser.getAndIncrement();
                    return session.set("index", index).set("seedBody", userJson(index, run))
                            .set("seedLogin", loginJson(index, run));
                })
                        .doIf(session -> session.getInt("index") < USERS).then(
                                // A 503 (the password hashes' queue is full: 32 registrations at once against
                                // 2 hashing threads and 16 waiting) changed nothing: wait a little and ask again.
                                tryMax(SEED_TRIES).on(pause(Duration.ofMillis(100))
                                        .exec(http("seed user").post("/api/users").body(StringBody("#{seedBody}"))
                                        .check(status().is(201), jsonPath("$.id").ofLong().saveAs("userId"))))
                                        .exitHereIfFailed()
                                        .exec(tryMax(SEED_TRIES).on(pause(Duration.ofMillis(100))
                                                .exec(http("seed login").post("/api/auth/login")
                                                .body(StringBody("#{seedLogin}"))
                                                .check(status().is(200), jsonPath("$.accessToken").saveAs("token")))))
                                        .exitHereIfFailed()
                                        .exec(session -> {
                                            seededUsers.add(session.getLong("userId"));
                                            return session.set("random", new Random(session.getInt("index")));
                                        })
                                        .exec(repeat(POSTS_PER_USER).on(
                                                exec(session -> {
                                                    Random random = (Random) session.get("random");
                                                    return session.set("seedBody", postJson(random, random.nextInt(5)));
                                                })
                                                        .exec(tryMax(SEED_TRIES).on(exec(http("seed post").post("/api/posts")
                                                                .header("Authorization", "Bearer #{token}")
                                                                .body(StringBody("#{seedBody}"))
                                                                .check(status().is(201),
                                                                        jsonPath("$.id").ofLong().saveAs("postId")))))
                                                        .exitHereIfFailed()
                                                        .exec(session -> {
                                                            seededPosts.add(session.getLong("postId"));
                                                            return session;
                                                        })))));
    }

    private void writeSeed() {
        try {
            Files.createDirectories(SEED_DIR);
            Files.write(SEED_DIR.resolve("user-ids.txt"), lines(seededUsers));
            Files.write(SEED_DIR.resolve("post-ids.txt"), lines(seededPosts));
            System.out.printf("seeded %d users and %d posts%n", seededUsers.size(), seededPosts.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- data ------------------------------------------------------------------------------------------

    static String tagName(int index) {
        return String.format("tag%02d", index + 1);
    }

    private static String userJson(int index, String run) {
        String name = "bench" + index + "_" + run;
        return "{\"username\":\"" + name + "\",\"email\":\"" + name + "@example.com\",\"password\":\"correct-horse-"
                + index + "\",\"fullName\":\"Bench User " + index + "\"}";
    }

    private static String loginJson(int index, String run) {
        return "{\"login\":\"bench" + index + "_" + run + "\",\"password\":\"correct-horse-" + index + "\"}";
    }

    /** A published post (anyone may read it) of about 600 characters with {@code tagCount} distinct tags out of the 50 names. */
    private static String postJson(Random random, int tagCount) {
        List<Integer> tags = IntStream.range(0, TAG_NAMES).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(tags, random);
        String tagList = tags.subList(0, tagCount).stream().map(i -> "\"" + tagName(i) + "\"")
                .collect(Collectors.joining(","));
        return "{\"title\":\"" + words(random, 6) + "\",\"content\":\"" + words(random, 90)
                + "\",\"published\":true,\"tags\":[" + tagList + "]}";
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static long random(long[] ids) {
        return ids[ThreadLocalRandom.current().nextInt(ids.length)];
    }

    private static List<String> lines(ConcurrentLinkedQueue<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).toList();
    }

    private static long[] readIds(String file) {
        try {
            long[] ids = Files.readAllLines(SEED_DIR.resolve(file)).stream().filter(line -> !line.isBlank())
                    .mapToLong(Long::parseLong).toArray();
            if (ids.length == 0) {
                throw new IllegalStateException(SEED_DIR.resolve(file) + " is empty: run the seed scenario first");
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("no seed ids in " + SEED_DIR + ": run the seed scenario first", e);
        }
    }
}
