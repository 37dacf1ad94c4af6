#!/usr/bin/env bash
# Scores brieflens and plain CoreNLP against a hand-annotated gold set (see eval/ANNOTATION_GUIDE.md).
#   ./scripts/evaluate.sh                                   dev set, with the plain-CoreNLP baseline
#   ./scripts/evaluate.sh --gold eval/test-gold.jsonl       the held-out set
#   options: --gold FILE --corpora DIR --data DIR --profile fast|accurate --no-baseline --details
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
classpath_file=common/target/classpath.txt
if [[ ! -f $classpath_file ]] || [[ -n "$(find pom.xml common -path '*/target' -prune -o -newer "$classpath_file" -type f -print -quit)" ]]; then
  echo "evaluate: building common (tests skipped)..." >&2
  mvn -B -q -DskipTests -pl common install dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
fi
exec java -Xmx3g -cp "common/target/classes:$(cat "$classpath_file")" org.brieflens.eval.Evaluate "$@"
