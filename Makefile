# Alita Robot for the JVM. A JDK 17 is all a machine needs: ./mvnw fetches Maven and every library.
#
#   make run     the bot and its console (no DATABASE_URL: an embedded PostgreSQL with its data in ./data/)
#   make test    every test, against a real PostgreSQL and, for the console, in a headless Chromium
#   make build   the runnable jar, app/target/alita.jar
#   make bench   the benchmarks behind the speed claims (prints tables)
#
# Manual migrations against any PostgreSQL, configured with PSQL_DB_HOST, PSQL_DB_NAME, PSQL_DB_USER,
# PSQL_DB_PASSWORD, PSQL_DB_PORT (5432) and PSQL_DB_SSLMODE (prefer); the same engine as AUTO_MIGRATE:
#   make psql-migrate                      apply pending migrations
#   make psql-status                       list applied migrations, newest first
#   make psql-reset                        drop every table (asks you to type 'yes')
#   make psql-mark-applied FILE=x.sql      record a migration as applied without running it (recovery)
#
# Carrying a Go Alita deployment over (README "Backup and adoption"; DATABASE_URL is the new, empty database):
#   make adopt FROM=<Go bot's DATABASE_URL>          migrate DATABASE_URL, copy everything, print the table
#   make adopt FROM=<url> DRY_RUN=1                   the same, rolled back at the end

MVNW    := ./mvnw -B
# The JVM defaults of `make run` and the Docker image (decision 0036): a bounded heap, G1 with a pause target, few
# malloc arenas. Override with e.g. `make run JAVA_OPTS="-Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=20"`.
JAVA_OPTS ?= -Xms64m -Xmx256m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError
export MALLOC_ARENA_MAX ?= 2
JAR     := app/target/alita.jar
SOURCES := $(shell find domain adapters-postgres bench adapters-telegram admin-web app migrations -path '*/target' -prune -o -type f \( -name '*.java' -o -name '*.xml' -o -name '*.html' -o -name '*.sql' -o -name '*.properties' -o -name '*.css' \) -print 2>/dev/null) pom.xml

.PHONY: run test build bench clean psql-migrate psql-status psql-reset psql-mark-applied adopt

build: $(JAR)

$(JAR): $(SOURCES)
	$(MVNW) -q -DskipTests package

run: $(JAR)
	java $(JAVA_OPTS) -jar $(JAR) run

# Installs Chromium for the browser tests when missing and possible; else they are skipped (fail under CI=true).
test:
	@sh tools/browser-for-tests.sh
	$(MVNW) test

# Measurements behind the speed claims (prints a table); not part of `make test`.
# BENCH_DATABASE_URL (optional): a scratch PostgreSQL for the live-settings and pipeline benchmarks instead of an
# embedded one. BENCH_QUICK=1: a short pipeline run (README "Benchmarks").
# JMH_ARGS (optional): JMH options for the microbenchmarks, e.g. JMH_ARGS="-f 3 -wi 5 -i 10" for a longer run.
# BENCH_CACHE_LIMIT (optional, default 2000): the cache limit of the memory bench's 100,000-chat case; BENCH_HEAP
# (default 1g) its heap (about 3g for BENCH_CACHE_LIMIT=10000, the production default).
bench:
	$(MVNW) -q -pl bench -am -DskipTests package
	java -cp bench/target/classes:$$(cat bench/target/classpath.txt) io.alita.bench.BlacklistBench
	@echo
	java -cp bench/target/classes:$$(cat bench/target/classpath.txt) io.alita.bench.LiveChangesBench
	@echo
	java -cp bench/target/classes:$$(cat bench/target/classpath.txt) io.alita.bench.MicroBench $(JMH_ARGS)
	@echo
	java -Xmx$(or $(BENCH_HEAP),1g) -Dchats.limit=$(or $(BENCH_CACHE_LIMIT),2000) -cp bench/target/classes:$$(cat bench/target/classpath.txt) io.alita.bench.CacheMemoryBench
	@echo
	@$(MAKE) --no-print-directory build
	BENCH_JVM_FLAGS="$(JAVA_OPTS)" java -cp bench/target/classes:$$(cat bench/target/classpath.txt) io.alita.bench.pipeline.PipelineBench

clean:
	$(MVNW) -q clean

psql-migrate: $(JAR)
	java -jar $(JAR) migrate --psql-env

psql-status: $(JAR)
	java -jar $(JAR) status --psql-env

psql-reset: $(JAR)
	java -jar $(JAR) reset --psql-env

psql-mark-applied: $(JAR)
	@test -n "$(FILE)" || { echo "usage: make psql-mark-applied FILE=<migration file name>"; exit 2; }
	java -jar $(JAR) mark-applied --psql-env "$(FILE)"

adopt: $(JAR)
	@test -n "$(FROM)" || { echo "usage: make adopt FROM=<DATABASE_URL of the Go Alita database> [DRY_RUN=1]"; exit 2; }
	@java -jar $(JAR) adopt --from "$(FROM)" $(if $(DRY_RUN),--dry-run,)
