# One image for every role: `worker`, `console`, `run` (both), `migrate`, `status`.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY domain/pom.xml domain/
COPY migrations/pom.xml migrations/
COPY adapters-postgres/pom.xml adapters-postgres/
COPY adapters-telegram/pom.xml adapters-telegram/
COPY admin-web/pom.xml admin-web/
COPY app/pom.xml app/
RUN ./mvnw -B -q dependency:go-offline -DexcludeGroupIds=io.alita || true
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app alita
WORKDIR /app
COPY --from=build /src/app/target/alita.jar /app/alita.jar
COPY --from=build /src/migrations/*.sql /app/migrations/
USER alita
ENV HTTP_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD ["java", "-jar", "/app/alita.jar", "health"]
# JVM defaults (decision 0036, measured with bench/PipelineBench): a bounded heap instead of a quarter of the host's
# memory, G1 with a pause target, few malloc arenas. Override with `-e JAVA_OPTS=...` (e.g. -Xmx1g for many chats).
ENV JAVA_OPTS="-Xms64m -Xmx256m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError" \
    MALLOC_ARENA_MAX=2
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/alita.jar \"$@\"", "alita"]
CMD ["run"]
