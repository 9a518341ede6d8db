#!/bin/sh
# The catalog search benchmark of issue 7 (README.md, "Search: 1,000,000 items"): compiles the platform's
# test sources, where the harness lives (org.gongkai.app.catalog.SearchBenchmark), and runs it on
# PostgreSQL at 127.0.0.1:5432. Arguments go to the harness: --items N (100000), --seed S (7),
# --database NAME (gongkai_bench, dropped and created again), --index DIR, --queries Q (1000),
# --like-queries L (20), --threads T (2), --seconds S (20), --reuse (keep database and index).
# JVM options: BENCH_JAVA_OPTS (default -Xmx2g).
set -e
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl gongkai-app test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/search-bench.classpath -Dmdep.includeScope=test
exec java ${BENCH_JAVA_OPTS:--Xmx2g} \
  -cp "gongkai-app/target/test-classes:gongkai-app/target/classes:$(cat gongkai-app/target/search-bench.classpath)" \
  org.gongkai.app.catalog.SearchBenchmark "$@"
