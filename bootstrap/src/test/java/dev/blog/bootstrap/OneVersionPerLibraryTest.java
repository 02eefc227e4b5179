package dev.blog.bootstrap;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar carries one version of Netty and one of Jackson: their modules are released together and mixing
 * patch releases (as the BOMs once did) is untested territory. The build writes the runtime classpath, which
 * is what the shade plugin packs into the jar, to target/runtime-classpath.txt; the test reads it.
 */
class OneVersionPerLibraryTest {

    /** .../io/netty/netty-common/4.2.16.Final/netty-common-4.2.16.Final.jar */
    private static final Pattern ARTIFACT = Pattern.compile(".*/(io/netty|com/fasterxml/jackson/[^/]+)/([^/]+)/([^/]+)/[^/]+\\.jar");

    @Test
    void one_netty_and_one_jackson() throws IOException {
        Map<String, Set<String>> versions = new TreeMap<>();
        String runtimeClasspath = Files.readString(Path.of("target", "runtime-classpath.txt")).strip();
        Arrays.stream(runtimeClasspath.split(File.pathSeparator))
                .map(path -> path.replace(File.separatorChar, '/'))
                .map(ARTIFACT::matcher)
                .filter(Matcher::matches)
                // jackson-annotations is versioned 2.21 alongside 2.21.x since Jackson 2.20; Netty's native
                // transports and tcnative have versions of their own.
                .filter(artifact -> !artifact.group(2).equals("jackson-annotations")
                        && !artifact.group(2).startsWith("netty-tcnative"))
                .forEach(artifact -> versions.computeIfAbsent(library(artifact.group(1)), library -> new TreeSet<>())
                        .add(artifact.group(2) + ":" + artifact.group(3)));

        assertThat(versions).containsKeys("netty", "jackson");
        versions.forEach((library, artifacts) -> assertThat(artifacts.stream()
                .map(artifact -> artifact.substring(artifact.indexOf(':') + 1)).distinct())
                .as(library + ": " + artifacts).hasSize(1));
    }

    private static String library(String groupPath) {
        return groupPath.startsWith("io/netty") ? "netty" : "jackson";
    }
}
