#!/usr/bin/env bash
# Submits the brieflens job (the shaded jar) to any Spark master through spark-submit.
#
#   ./scripts/submit.sh --master URL --input PATH --output DIR [spark-submit options] [job options]
#
# URL: local[N], local[N,F], spark://HOST:PORT, yarn, k8s://https://HOST:PORT. Job options are those
# of ./scripts/run-local.sh (see --help); --master goes to spark-submit, and the job takes it from there.
# These spark-submit options are passed on to spark-submit: --conf K=V, --jars, --packages,
# --deploy-mode, --executor-memory, --executor-cores, --driver-memory, --num-executors,
# --total-executor-cores, --properties-file, --name.
#
# Defaults, each overridable by the option or an environment variable:
#   executor memory  BRIEFLENS_EXECUTOR_MEMORY  1g  (the fast profile's CRF and one task per core; see docs/cluster.md)
#   driver memory    BRIEFLENS_DRIVER_MEMORY    2g  (the driver runs the trend step's queries)
#   executor cores   BRIEFLENS_EXECUTOR_CORES   the master's default
# The jar is built (mvn package, tests skipped) when missing or older than the sources, unless
# BRIEFLENS_NO_BUILD=1. spark-submit comes from SPARK_HOME, else PATH, else it is run from Maven's
# Spark jars (scripts/spark-home.sh), so no Spark distribution is needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/jobs/target/brieflens-jobs-0.1.0-SNAPSHOT-spark.jar"

fail() { echo "brieflens: $1" >&2; exit "${2:-2}"; }

master="" executor_memory="${BRIEFLENS_EXECUTOR_MEMORY:-1g}" driver_memory="${BRIEFLENS_DRIVER_MEMORY:-2g}"
executor_cores="${BRIEFLENS_EXECUTOR_CORES:-}" deploy_mode=client
spark_args=() job_args=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --help | -h)
      sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'
      exit 0 ;;
    --master | --executor-memory | --driver-memory | --executor-cores | --deploy-mode | --conf | --jars | --packages | \
      --num-executors | --total-executor-cores | --properties-file | --name)
      [[ $# -ge 2 ]] || fail "option $1 needs a value"
      case $1 in
        --master) master=$2 ;;
        --executor-memory) executor_memory=$2 ;;
        --driver-memory) driver_memory=$2 ;;
        --executor-cores) executor_cores=$2 ;;
        --deploy-mode) deploy_mode=$2 ;;
        *) spark_args+=("$1" "$2") ;;
      esac
      shift 2 ;;
    *)
      job_args+=("$1")
      shift ;;
  esac
done
[[ -n $master ]] || fail "missing required option --master (local[2], spark://HOST:PORT, yarn, k8s://...)"
[[ $deploy_mode == client || $deploy_mode == cluster ]] || fail "--deploy-mode '$deploy_mode' must be client or cluster"
[[ $executor_memory =~ ^[1-9][0-9]*[kKmMgGtT]$ ]] || fail "executor memory '$executor_memory' must look like 1g or 1500m"
[[ $driver_memory =~ ^[1-9][0-9]*[kKmMgGtT]$ ]] || fail "driver memory '$driver_memory' must look like 2g or 1500m"

stale() {
  [[ ! -f $jar ]] || [[ -n "$(find "$root/pom.xml" "$root/common" "$root/jobs" -path '*/target' -prune -o -newer "$jar" -type f -print -quit)" ]]
}
if stale; then
  [[ ${BRIEFLENS_NO_BUILD:-0} != 1 ]] || fail "$jar is missing or older than the sources (run mvn -B -DskipTests package)" 1
  echo "brieflens: building the job jar (mvn package, tests skipped)..." >&2
  (cd "$root" && mvn -B -q -DskipTests package >&2)
fi

submit=(--master "$master" --deploy-mode "$deploy_mode" --executor-memory "$executor_memory"
  --driver-memory "$driver_memory" --class org.brieflens.jobs.BriefLensJob)
[[ -z $executor_cores ]] || submit+=(--executor-cores "$executor_cores")
submit+=("${spark_args[@]}")
# A driver on this machine talking to a local master or a cluster on loopback must bind to loopback too.
if [[ $master == local* || $master == spark://127.0.0.1:* || $master == spark://localhost:* ]]; then
  export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
fi
logging="-Dlog4j2.configurationFile=file:$root/scripts/log4j2.properties"

if [[ -n ${SPARK_HOME:-} && -x $SPARK_HOME/bin/spark-submit ]]; then
  spark_submit="$SPARK_HOME/bin/spark-submit"
else
  spark_submit="$(command -v spark-submit || true)"
fi
if [[ -n $spark_submit ]]; then
  [[ $deploy_mode == cluster ]] || submit+=(--driver-java-options "$logging")
  exec "$spark_submit" "${submit[@]}" "$jar" "${job_args[@]}"
fi

# No Spark installation: SparkSubmit runs in this JVM, which is the driver (client mode), so it
# gets the driver's heap and Java 17 flags here.
[[ $deploy_mode == client ]] || fail "--deploy-mode cluster needs a Spark installation (spark-submit on PATH or SPARK_HOME)"
spark_home="$("$root/scripts/spark-home.sh")"
export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13
exec java "-Xmx$driver_memory" "@$root/scripts/spark-jvm-options" "$logging" -cp "$spark_home/jars/*" \
  org.apache.spark.deploy.SparkSubmit "${submit[@]}" "$jar" "${job_args[@]}"
