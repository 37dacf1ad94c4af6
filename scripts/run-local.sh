#!/usr/bin/env bash
# Runs the brieflens job with an embedded local Spark (local[*]).
#   ./scripts/run-local.sh                          the bundled sample in data/, tables in ./out
#   ./scripts/run-local.sh --input PATH --output DIR [job options]   (see --help)
# Builds the project first when the build is missing or older than the sources.
# BRIEFLENS_HEAP sets the heap (default 3g); BRIEFLENS_JAVA_OPTS adds JVM options
# (e.g. -Dspark.ui.enabled=false). BRIEFLENS_CDS=off runs without the class archive.
# BRIEFLENS_JIT=c1|c2|auto picks the JIT compilers (see "JIT compilers" below and docs/operations.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

classpath_file=jobs/target/classpath.txt
if [[ ! -f $classpath_file ]] || [[ -n "$(find pom.xml common jobs -path '*/target' -prune -o -newer "$classpath_file" -type f -print -quit)" ]]; then
  echo "brieflens: building (mvn package, tests skipped)..." >&2
  mvn -B -q -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=compile >&2
  # The plugin leaves an unchanged classpath file as it was: mark the build done, or every run rebuilds.
  touch "$classpath_file"
fi
jobs_jar=$(ls jobs/target/brieflens-jobs-*.jar | grep -v -- '-spark\.jar$' | head -1)
classpath="$jobs_jar:$(cat "$classpath_file")"

args=("$@")
has() { local a; for a in "${args[@]}"; do [[ $a == "$1" || $a == "$1="* ]] && return 0; done; return 1; }
if ! has --help && ! has -h; then
  has --input || args+=(--input "$root/data")
  has --output || args+=(--output "$root/out")
fi

# Class data sharing: the classes a run loads (Spark SQL, Parquet, CoreNLP: some 25,000) are
# archived once, parsed and verified, and mapped by later runs, which then start and plan their
# first queries markedly faster. The first run after a build writes the archive on exit.
java_opts=(-Xmx${BRIEFLENS_HEAP:-3g} @scripts/spark-jvm-options)
archive=""
if [[ ${BRIEFLENS_CDS:-on} != off ]] && ! has --help && ! has -h; then
  jvm=$(java -version 2>&1 | head -1 | tr -cd '[:alnum:]._-')
  archive="target/cds/brieflens-$jvm.jsa"
  if [[ -f $archive ]]; then
    for jar in ${classpath//:/ }; do
      if [[ $jar -nt $archive ]]; then rm -f "$archive"; break; fi
    done
  fi
  if [[ -f $archive ]]; then
    java_opts+=(-XX:SharedArchiveFile="$archive")
    archive=""
  else
    mkdir -p target/cds
    java_opts+=(-XX:ArchiveClassesAtExit="$archive.$$" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
fi
# JIT compilers. HotSpot's optimising compiler (C2) keeps most of a core busy for the first
# minutes of a run. When the job's threads already take every core, that core is taken from the
# work, and on a small input the faster code never pays it back: such runs finish sooner with
# the quick compiler (C1) alone. Measured crossover on 2 cores: about 7 MB of input
# (docs/performance.md). c1 and c2 force a choice; auto (the default) picks c1 for a local run
# over every core on a local input of at most BRIEFLENS_JIT_C1_MAX_MB (default 6) megabytes.
value_of() { local i; for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in "$1="*) echo "${args[i]#*=}"; return;; "$1") echo "${args[i+1]:-}"; return;; esac; done; }
uses_every_core() {
  local master threads
  master=$(value_of --master); master=${master:-local[*]}
  [[ $master =~ ^local(\[([0-9]+|\*)(,[0-9]+)?\])?$ ]] || return 1
  threads=${BASH_REMATCH[2]:-1}
  [[ $threads == '*' ]] || (( threads >= $(nproc) ))
}
small_local_input() {
  local input bytes
  input=$(value_of --input); input=${input#file:}
  [[ -n $input && $input != *://* ]] || return 1
  # shellcheck disable=SC2086 # the input may be a glob
  bytes=$(du -scbL $input 2>/dev/null | tail -1 | cut -f1) || return 1
  [[ -n $bytes ]] && (( bytes <= ${BRIEFLENS_JIT_C1_MAX_MB:-6} * 1024 * 1024 ))
}
case ${BRIEFLENS_JIT:-auto} in
  c1) java_opts+=(-XX:TieredStopAtLevel=1) ;;
  c2) ;;
  auto) if ! has --help && ! has -h && uses_every_core && small_local_input; then java_opts+=(-XX:TieredStopAtLevel=1); fi ;;
  *) echo "brieflens: BRIEFLENS_JIT must be c1, c2 or auto, not '$BRIEFLENS_JIT'" >&2; exit 2 ;;
esac

# shellcheck disable=SC2206 # word splitting of the extra options is intended
java_opts+=(${BRIEFLENS_JAVA_OPTS:-} -Dlog4j2.configurationFile="$root/scripts/log4j2.properties")

export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
if [[ -z $archive ]]; then
  exec java "${java_opts[@]}" -cp "$classpath" org.brieflens.jobs.BriefLensJob "${args[@]}"
fi
status=0
java "${java_opts[@]}" -cp "$classpath" org.brieflens.jobs.BriefLensJob "${args[@]}" || status=$?
# Kept only from a successful run (a failed one may have loaded few classes); renamed into place
# so that concurrent first runs never read a half-written archive.
if [[ $status -eq 0 && -s $archive.$$ ]]; then mv -f "$archive.$$" "$archive"; else rm -f "$archive.$$"; fi
exit $status
