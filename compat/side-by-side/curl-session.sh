#!/usr/bin/env bash
# A plain curl session in one tenant of a running mock, choosing it with the header X-Mock-Cluster: reset, an AWS KMS
# configuration created, read, failed once by an armed fault rule, deleted; another one kept; then what would break
# a neighbour if it leaked (a fault rule failing every create, the emulated release set to 9.11.1, where the AWS KMS
# paths do not exist). Each answer is checked, then the tenant's request journal must hold exactly this session's
# requests, and its exported state exactly what they leave. Rounds repeat (each from a reset) until STOP_FILE exists
# (at least MIN_ROUNDS, at most MAX_ROUNDS).
#
#   MOCK_HTTPS_PORT=8443 MOCK_CLUSTER=curl-1 compat/side-by-side/curl-session.sh
set -euo pipefail

port="${MOCK_HTTPS_PORT:-8443}"
cluster="${MOCK_CLUSTER:?MOCK_CLUSTER names the tenant}"
min_rounds="${MIN_ROUNDS:-3}"
max_rounds="${MAX_ROUNDS:-1000}"
base="https://127.0.0.1:$port"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
out="$tmp/body" headers="$tmp/headers" sent="$tmp/sent"
key_id="curl-$cluster" kept_key_id="curl-$cluster-kept"

fail() {
  echo "curl session ($cluster), round $round: $* - answer $status: $(head -c 600 "$out")" >&2
  exit 1
}

# call METHOD PATH [BODY]: the answer's status in $status, its body in $out; /api requests are noted in $sent as
# "METHOD PATH STATUS", as the journal must show them.
call() {
  local method=$1 path=$2 body=${3:-}
  status=$(curl -sk -o "$out" -D "$headers" -w '%{http_code}' -X "$method" -u 'admin:netapp1!' \
    -H "X-Mock-Cluster: $cluster" -H 'Content-Type: application/json' ${body:+--data "$body"} "$base$path")
  case $path in /api/*) printf '%s %s %s\n' "$method" "${path%%\?*}" "$status" >>"$sent" ;; esac
}

# want STATUS [JQ-CONDITION] WHAT: the last answer has that status and its body meets the condition
want() {
  local code=$1 condition=${2:-true} what=$3
  [ "$status" = "$code" ] || fail "$what: expected $code"
  jq -e "$condition" "$out" >/dev/null || fail "$what: expected $condition"
}

create() { # svm key_id: an AWS KMS configuration
  call POST /api/security/aws-kms "{\"svm\": {\"name\": \"$1\"}, \"region\": \"us-east-1\", \"key_id\": \"$2\",
    \"access_key_id\": \"AKIAEXAMPLE\", \"secret_access_key\": \"curl-session-secret\"}"
}

round() {
  : >"$sent"
  call POST /_mock/reset
  want 200 true "reset"
  call GET "/api/security/aws-kms?svm.name=vs0"
  want 200 '.num_records == 0' "vs0 has no AWS KMS after the reset"

  create vs0 "$key_id"
  want 201 true "create for vs0"
  local created
  created="$(tr -d '\r' <"$headers" | awk 'tolower($1) == "location:" {print $2}')"
  [ -n "$created" ] || fail "create for vs0: no Location header"
  call GET "$created?fields=key_id,svm.name"
  want 200 ".key_id == \"$key_id\" and .svm.name == \"vs0\"" "read what was created"

  call POST /_mock/faults '{"operation_id": "aws_kms_get", "code": "65537551", "times": 1}'
  want 201 true "arm a fault rule for one read"
  call GET "$created"
  want 500 '.error.code == "65537551"' "the armed fault answers the next read"
  call GET "$created"
  want 200 ".key_id == \"$key_id\"" "the read after the fault"

  create vs1 "$kept_key_id"
  want 201 true "create for vs1"
  call DELETE "$created"
  want 200 true "delete vs0's"
  call GET "$created"
  want 404 '.error.code == "4"' "vs0's is gone"

  # what would break a neighbour if it leaked: every create refused, the AWS KMS paths gone
  call POST /_mock/faults '{"operation_id": "aws_kms_create", "code": "65537906"}'
  want 201 true "arm a fault rule for every create"
  call PUT /_mock/version '{"version": "9.11.1"}'
  want 200 true "emulate 9.11.1"
  call GET /api/security/aws-kms
  want 404 '.error.code == "4"' "no AWS KMS paths in 9.11.1"

  # this session's requests, and only them, in the tenant's journal and state
  local journal="$tmp/journal"
  call GET /_mock/requests
  want 200 true "the journal"
  jq -r '.records[] | "\(.method) \(.path) \(.status)"' "$out" >"$journal"
  diff -u "$sent" "$journal" >&2 || fail "the journal differs from this session's requests (- sent, + journal)"
  call GET /_mock/state
  want 200 "([.aws_kms[] | [.svm.name, .key_id]] == [[\"vs1\", \"$kept_key_id\"]])
    and .azure_key_vaults == [] and .key_managers == [] and .version == \"9.11.1\"
    and ([.faults[] | [.operation_id, .fired]] == [[\"aws_kms_get\", 1], [\"aws_kms_create\", 0]])" \
    "the exported state holds what this session left"
}

round=0
while :; do
  round=$((round + 1))
  round
  if [ "$round" -ge "$max_rounds" ]; then break; fi
  if [ "$round" -ge "$min_rounds" ] && [ -e "${STOP_FILE:-/nonexistent}" ]; then break; fi
done
echo "curl session ($cluster): $round rounds passed"
