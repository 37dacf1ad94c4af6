#!/usr/bin/env bash
# Runs the brieflens job with an embedded local Spark (local[*]).
#   ./scripts/run-local.sh                          the bundled sample in data/, tables in ./out
#   ./scripts/run-local.sh --input PATH --output DIR [job options]   (see --help)
# Builds the project first when the build is missing or older than the sources.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

classpath_file=jobs/target/classpath.txt
if [[ ! -f $classpath_file ]] || [[ -n "$(find pom.xml common jobs -path '*/target' -prune -o -newer "$classpath_file" -type f -print -quit)" ]]; then
  echo "brieflens: building (mvn package, tests skipped)..." >&2
  mvn -B -q -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=compile >&2
fi

args=("$@")
has() { local a; for a in "${args[@]}"; do [[ $a == "$1" || $a == "$1="* ]] && return 0; done; return 1; }
if ! has --help && ! has -h; then
  has --input || args+=(--input "$root/data")
  has --output || args+=(--output "$root/out")
fi

export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
exec java -Xmx${BRIEFLENS_HEAP:-3g} @scripts/spark-jvm-options \
  -Dlog4j2.configurationFile="$root/scripts/log4j2.properties" \
  -cp "jobs/target/classes:$(cat "$classpath_file")" \
  org.brieflens.jobs.BriefLensJob "${args[@]}"
