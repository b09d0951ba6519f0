# The mock's jar for the scripts that drive it with outside clients (.ci/verify-pacts, compat/ansible/run.sh,
# compat/side-by-side/run.sh): build it when missing, start it on 127.0.0.1, wait until it answers, stop it on exit.
# Sourced, not run. The caller sets `root` (the repository) first.
#
#   mock_jar                                       # prints the jar (MOCK_JAR or target/...), builds it when missing
#   mock_start HTTP_PORT HTTPS_PORT LOG [JAVA_OPTION...]  # starts it, stopped at exit; fails when it does not answer
#   mock_answers HTTPS_PORT                        # true when a mock answers GET /api/cluster there
#
# Set MOCK_ATTACH=1 to use a mock already running on the given ports instead (mock_start then only checks that it
# answers, and stops nothing): compat/side-by-side/run.sh runs the suites that way, each in its own tenant.

mock_answers() { # in the caller's tenant (MOCK_CLUSTER), so that the probe shows in no other tenant's journal
  curl -sk -o /dev/null -w '%{http_code}' -u "admin${MOCK_CLUSTER:+@$MOCK_CLUSTER}:netapp1!" \
    "https://127.0.0.1:$1/api/cluster" 2>/dev/null |
    grep -q '^200$'
}

mock_jar() {
  local jar="${MOCK_JAR:-$root/target/quarkus-app/quarkus-run.jar}"
  if [ -n "${MOCK_JAR:-}" ] && [ ! -f "$jar" ]; then
    echo "MOCK_JAR names no file: $jar" >&2
    return 1
  fi
  if [ ! -f "$jar" ]; then
    echo "building the jar" >&2
    (cd "$root" && timeout 900 ./mvnw -B -q package -DskipTests </dev/null) >&2
  fi
  echo "$jar"
}

mock_stop() {
  if [ -n "${mock_pid:-}" ]; then
    kill "$mock_pid" 2>/dev/null && wait "$mock_pid" 2>/dev/null || true
    mock_pid=""
  fi
}

mock_start() { # http_port https_port log [java options...]
  local http_port=$1 https_port=$2 log=$3
  shift 3
  if [ "${MOCK_ATTACH:-}" = 1 ]; then
    mock_answers "$https_port" && return 0
    echo "MOCK_ATTACH=1 but no mock answers on 127.0.0.1:$https_port" >&2
    return 1
  fi
  if mock_answers "$https_port"; then
    echo "something already answers on port $https_port: choose a free port" >&2
    return 1
  fi
  local jar
  jar="$(mock_jar)"
  echo "starting the mock on 127.0.0.1:$https_port (log: $log)"
  # shellcheck disable=SC2086 # MOCK_JAVA_OPTS holds several options
  java ${MOCK_JAVA_OPTS:-} "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$http_port" \
    -Dquarkus.http.ssl-port="$https_port" -jar "$jar" >"$log" 2>&1 </dev/null &
  mock_pid=$!
  trap mock_stop EXIT
  # up to two minutes for a cold start on a busy machine
  for _ in $(seq 1 240); do
    mock_answers "$https_port" && return 0
    if ! kill -0 "$mock_pid" 2>/dev/null; then
      echo "the mock stopped at start-up:" >&2
      tail -40 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "the mock did not answer within 120 s (log: $log)" >&2
  return 1
}
