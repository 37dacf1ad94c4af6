#!/usr/bin/env bash
# Runs the JMH micro-benchmarks of brieflens's own rules (module bench/) and prints JMH's table.
#   ./scripts/jmh.sh                                   every benchmark; the BBC corpus too when present
#   ./scripts/jmh.sh RulesBenchmark.relations -p corpus=sample -i 3     any JMH arguments (-h lists them)
# Defaults for a shared 2-core machine, each kept unless given: -f 1 -wi 3 -w 2s -i 5 -r 2s.
# CoreNLP annotates the inputs once per fork, in setup; it is never part of a score.
# Builds common and bench first when the build is missing or older than the sources.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

classpath_file=bench/target/jmh-classpath.txt
if [[ ! -f $classpath_file ]] || [[ -n "$(find pom.xml common bench -path '*/target' -prune -o -newer "$classpath_file" -type f -print -quit)" ]]; then
  echo "jmh: building common and bench (mvn package, tests skipped)..." >&2
  # One reactor build, so bench uses this checkout's common, never a copy in the local repository.
  mvn -B -q -DskipTests -pl bench -am package dependency:build-classpath \
    -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=runtime >&2
fi

args=("$@")
has() { local a; for a in "${args[@]}"; do [[ $a == "$1" ]] && return 0; done; return 1; }
defaults=()
has -f || defaults+=(-f 1)
has -wi || defaults+=(-wi 3)
has -w || defaults+=(-w 2s)
has -i || defaults+=(-i 5)
has -r || defaults+=(-r 2s)
has -rff || defaults+=(-rff bench/target/jmh-result.csv)

bbc="$root/../shared/corpora/bbc_business_tech/bbc_business_tech.jsonl"
if [[ " ${args[*]} " != *corpus=* && ! -f $bbc ]]; then
  echo "jmh: BBC corpus not found at $bbc; benchmarking the bundled sample (data/) only" >&2
  defaults+=(-p corpus=sample)
fi

exec java -Xmx2g -Dbrieflens.root="$root" -cp "bench/target/classes:$(cat "$classpath_file")" \
  org.openjdk.jmh.Main "${defaults[@]}" "${args[@]}"
