# Runtime image over the jar that `./mvnw -DskipTests package` builds (bootstrap/target/blog.jar).
# The development machines have no Docker engine, so this stays minimal and conventional.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home blog
WORKDIR /app
COPY bootstrap/target/blog.jar /app/blog.jar
USER blog
EXPOSE 8080
# Heap follows the container's memory limit; a JVM out of memory exits so the orchestrator restarts it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/blog.jar"]
