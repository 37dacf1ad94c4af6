#!/usr/bin/env bash
# A real Spark standalone cluster on 127.0.0.1 from Maven jars alone: one Master and N Workers,
# each its own JVM; the Workers start executor JVMs for every application.
#
#   ./scripts/cluster.sh start [--workers N] [--cores C] [--memory M] [--port P] [--webui-port P] [--dir DIR]
#   ./scripts/cluster.sh status [--dir DIR]
#   ./scripts/cluster.sh stop [--dir DIR]
#
# start waits until the Master and every Worker are up, then prints the master URL
# (spark://127.0.0.1:PORT) on standard output. Defaults: 2 workers of 1 core and 2g each; free
# ports picked at random unless given, so clusters of two checkouts never collide.
# Pids, logs, the Workers' work folders (one per executor: its stdout and stderr) and Spark's
# scratch space all live in DIR (default target/cluster, or BRIEFLENS_CLUSTER_DIR); stop ends
# only the processes recorded there. BRIEFLENS_DAEMON_HEAP sets the Master's and Workers' heap
# (default 512m); executors get the memory the application asks for.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

fail() { echo "cluster.sh: $*" >&2; exit "${2:-2}"; }

command="${1:-}"
[[ $command == start || $command == stop || $command == status ]] || fail "first argument must be start, stop or status, not '${command}'"
shift
workers=2 cores=1 memory=2g port="" webui_port="" dir="${BRIEFLENS_CLUSTER_DIR:-$root/target/cluster}"
while [[ $# -gt 0 ]]; do
  [[ $# -ge 2 ]] || fail "option $1 needs a value"
  case $1 in
    --workers) workers=$2 ;;
    --cores) cores=$2 ;;
    --memory) memory=$2 ;;
    --port) port=$2 ;;
    --webui-port) webui_port=$2 ;;
    --dir) dir=$2 ;;
    *) fail "unknown option '$1'" ;;
  esac
  shift 2
done
[[ $workers =~ ^[1-9][0-9]*$ ]] || fail "--workers '$workers' is not a positive whole number"
[[ $cores =~ ^[1-9][0-9]*$ ]] || fail "--cores '$cores' is not a positive whole number"
[[ $memory =~ ^[1-9][0-9]*[mMgG]$ ]] || fail "--memory '$memory' must look like 512m or 2g"
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"

# A pid file counts only while its process is alive and is still the JVM we started (pids get reused).
alive_pid() {
  local file=$1 class=$2 pid
  [[ -f $file ]] || return 1
  pid="$(cat "$file")"
  [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q "$class" && echo "$pid"
}

master_pid() { alive_pid "$dir/master.pid" org.apache.spark.deploy.master.Master; }

master_json() { curl -fsS --max-time 5 "$(cat "$dir/master-ui.url")/json/"; }

# A top-level number of the master's JSON (two spaces of indent; the workers' own fields have more).
json_number() { sed -n "s/^  \"$1\" : \([0-9]*\).*/\1/p" | head -1; }

free_port() {
  local candidate
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 40000))
    if [[ -z "$(ss -Htln "sport = :$candidate")" ]]; then
      echo "$candidate"
      return
    fi
  done
  fail "no free port found" 1
}

# Executors the Workers started, found by their working folder inside this cluster's folder.
executor_pids() {
  local proc cwd
  for proc in /proc/[0-9]*; do
    cwd="$(readlink "$proc/cwd" 2>/dev/null)" || continue
    if [[ $cwd == "$dir/work/"* ]] && tr '\0' ' ' < "$proc/cmdline" 2>/dev/null | grep -q CoarseGrainedExecutorBackend; then
      echo "${proc#/proc/}"
    fi
  done
}

stop_pid() {
  local pid=$1
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -9 "$pid" 2>/dev/null || true
}

start() {
  if pid="$(master_pid)"; then
    fail "a cluster already runs from $dir (master pid $pid, $(cat "$dir/master.url")); stop it first" 1
  fi
  local spark_home jvm
  spark_home="$("$root/scripts/spark-home.sh")"
  port="${port:-$(free_port)}"
  webui_port="${webui_port:-$(free_port)}"
  mkdir -p "$dir/logs" "$dir/work" "$dir/local"
  export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_DIRS="$dir/local"
  export SPARK_MASTER_HOST=127.0.0.1 SPARK_WORKER_DIR="$dir/work"
  jvm=(java "-Xmx${BRIEFLENS_DAEMON_HEAP:-512m}" "@$root/scripts/spark-jvm-options" -cp "$spark_home/jars/*")

  echo "spark://127.0.0.1:$port" > "$dir/master.url"
  echo "http://127.0.0.1:$webui_port" > "$dir/master-ui.url"
  # setsid and no inherited descriptors: the daemons outlive this script and hold none of its pipes.
  # No REST submission server: it would take the fixed port 6066 and clash with other clusters.
  setsid "${jvm[@]}" -Dspark.master.rest.enabled=false org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
    --webui-port "$webui_port" < /dev/null > "$dir/logs/master.log" 2>&1 &
  echo $! > "$dir/master.pid"
  for i in $(seq 1 "$workers"); do
    mkdir -p "$dir/work/worker-$i"
    setsid "${jvm[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
      --cores "$cores" --memory "$memory" --work-dir "$dir/work/worker-$i" "spark://127.0.0.1:$port" \
      < /dev/null > "$dir/logs/worker-$i.log" 2>&1 &
    echo $! > "$dir/worker-$i.pid"
  done
  wait_for_workers "$workers"
  cat "$dir/master.url"
}

wait_for_workers() {
  local expected=$1 alive=""
  for _ in $(seq 1 240); do
    alive="$(master_json 2>/dev/null | json_number aliveworkers || true)"
    if [[ -n $alive && $alive -ge $expected ]]; then
      return
    fi
    if ! master_pid > /dev/null; then
      tail -n 20 "$dir/logs/master.log" >&2 || true
      stop
      fail "the master exited while starting; log: $dir/logs/master.log" 1
    fi
    sleep 0.5
  done
  stop
  fail "only ${alive:-0} of $expected workers registered within 120 s; logs in $dir/logs" 1
}

stop() {
  local file pid
  for file in "$dir"/worker-*.pid; do
    [[ -f $file ]] || continue
    if pid="$(alive_pid "$file" org.apache.spark.deploy.worker.Worker)"; then
      stop_pid "$pid"
    fi
    rm -f "$file"
  done
  # A Worker ends its executors when it stops; these are the ones a killed Worker left behind.
  for pid in $(executor_pids); do
    kill -9 "$pid" 2>/dev/null || true
  done
  if pid="$(master_pid)"; then
    stop_pid "$pid"
  fi
  rm -f "$dir/master.pid"
}

status() {
  if ! master_pid > /dev/null; then
    echo "no cluster runs from $dir"
    return 3
  fi
  local json
  json="$(master_json)" || fail "the master does not answer at $(cat "$dir/master-ui.url")" 1
  echo "master:  $(cat "$dir/master.url") (web UI $(cat "$dir/master-ui.url"))"
  echo "workers: $(json_number aliveworkers <<< "$json") alive, $(json_number cores <<< "$json") cores"
  echo "apps:    $(grep -c '"starttime"' <<< "$(sed -n '/"activeapps"/,/"completedapps"/p' <<< "$json")") running"
}

"$command"
