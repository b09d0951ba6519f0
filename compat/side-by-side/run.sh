#!/usr/bin/env bash
# Parallel test runs against ONE mock (issue 12's "done when"): starts the jar once, then runs side by side, each in
# its own tenant, the Pact verification (.ci/verify-pacts, tenant chosen by the user admin@<tenant>, state changes
# included), the Ansible suite (compat/ansible/run.sh, the user admin@<tenant>) and a plain curl session
# (curl-session.sh, the header X-Mock-Cluster), which repeats its rounds until the other two are done. Each must pass
# as if it were alone; then isolation.py checks that each tenant's journal and state hold only its own traffic and
# that the default cluster was not touched. Stops the jar at the end, also on failure or Ctrl-C. 127.0.0.1 only.
#
#   compat/side-by-side/run.sh     # ports MOCK_HTTP_PORT (17080) and MOCK_HTTPS_PORT (17443); logs in
#                                  # target/side-by-side/; MOCK_JAR runs another jar
# Page: docs/parallel-runs.md.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=../../.ci/lib/mock.sh
. "$root/.ci/lib/mock.sh"
http_port="${MOCK_HTTP_PORT:-17080}"
https_port="${MOCK_HTTPS_PORT:-17443}"
work="$root/target/side-by-side"
rm -rf "$work"
mkdir -p "$work"
pact_tenant=side-by-side-pact ansible_tenant=side-by-side-ansible curl_tenant=side-by-side-curl

for tool in curl jq python3; do
  command -v "$tool" >/dev/null || {
    echo "side-by-side: $tool is missing: installing Debian's package"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
  }
done

suites=()
stop_everything() {
  local pid
  for pid in "${suites[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  mock_stop
}
trap stop_everything EXIT
trap 'exit 130' INT TERM
# Jobs run for a second, as the Ansible suite wants (a playbook polling a job sees it running first).
mock_start "$http_port" "$https_port" "$work/mock.log" -Dontap-mock.jobs.duration=1s
trap stop_everything EXIT

# The default cluster: nobody uses it from here on, so its journal stays empty and its state stays this one.
admin=(-sk -u 'admin:netapp1!')
curl "${admin[@]}" -X DELETE "https://127.0.0.1:$https_port/_mock/requests" -o /dev/null
curl "${admin[@]}" "https://127.0.0.1:$https_port/_mock/state" -o "$work/default-state-before.json"

# Each suite in its own process group (stopped as a whole on failure), its output in its own log.
run() { # name command...
  local name=$1
  shift
  set -m
  "$@" >"$work/$name.log" 2>&1 &
  set +m
  suites+=($!)
  echo "started $name (pid $!, log: target/side-by-side/$name.log)"
}
export MOCK_ATTACH=1 MOCK_HTTP_PORT="$http_port" MOCK_HTTPS_PORT="$https_port"
run pact env MOCK_CLUSTER="$pact_tenant" PACT_MOCK_PORT="$http_port" PACT_MOCK_SSL_PORT="$https_port" \
  "$root/.ci/verify-pacts"
run ansible env MOCK_CLUSTER="$ansible_tenant" "$root/compat/ansible/run.sh"
run curl env MOCK_CLUSTER="$curl_tenant" STOP_FILE="$work/others-done" "$here/curl-session.sh"

failed=()
verdict() { # name pid
  if wait "$2"; then echo "passed: $1 ($(tail -1 "$work/$1.log"))"; else failed+=("$1"); echo "FAILED: $1"; fi
}
verdict pact "${suites[0]}"
verdict ansible "${suites[1]}"
touch "$work/others-done"
verdict curl "${suites[2]}"
suites=()

if [ ${#failed[@]} -gt 0 ]; then
  for name in "${failed[@]}"; do
    echo "--- the end of $name's log (target/side-by-side/$name.log)" >&2
    tail -30 "$work/$name.log" >&2
  done
  echo "side-by-side: failed: ${failed[*]}" >&2
  exit 1
fi
python3 "$here/isolation.py" "$https_port" "$pact_tenant" "$ansible_tenant" "$curl_tenant" \
  "$work/default-state-before.json"
curl "${admin[@]}" "https://127.0.0.1:$https_port/_mock/clusters" -o "$work/clusters.json"
echo "side-by-side: the Pact verification, the Ansible suite and the curl session passed in their own tenants of one mock"
