# syntax=docker/dockerfile:1
# The service built from source and run on a JRE, as a non-root user: nothing but Docker needed on the host.
#   docker compose up --build                                   (with PostgreSQL: compose.yaml)
#   docker build -t blog . && docker run -p 8080:8080 -e DATASOURCES_DEFAULT_URL=... blog

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The local repository and the wrapper's Maven live in a build cache: they are downloaded once, not again
# on every change of the sources.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home blog
WORKDIR /app
COPY --from=build /src/bootstrap/target/blog.jar /app/blog.jar
USER 10001
EXPOSE 8080
# Heap follows the container's memory limit; a JVM out of memory exits so that it is restarted instead of
# limping on. JAVA_OPTS replaces these (docker run -e JAVA_OPTS=...).
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# Healthy once /health answers 200 (the database reachable); bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MICRONAUT_SERVER_PORT:-8080} && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && read -r _ status _ <&3 && [ \"$status\" = 200 ]"]
# sh -c so that JAVA_OPTS is split into options; exec so that java gets SIGTERM and shuts down gracefully.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/blog.jar \"$@\"", "blog"]
