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
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/alita.jar"]
CMD ["run"]
