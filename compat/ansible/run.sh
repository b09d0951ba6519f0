#!/usr/bin/env bash
# NetApp's Ansible collection (netapp.ontap, as Debian's `ansible` package bundles it) against the mock over HTTPS:
# installs Ansible when it is missing, builds the jar when it is missing, starts it on 127.0.0.1 with the embedded
# inventory, runs every playbook of playbooks/, stops the jar, and fails when any scenario fails.
# Ports: MOCK_HTTP_PORT (19080) and MOCK_HTTPS_PORT (19443), below the ephemeral range (32768+) so that no client's
# connection can hold them; MOCK_JAR runs another jar; MOCK_CLUSTER=<name> runs every playbook in that tenant (the
# user admin@<name>); MOCK_ATTACH=1 uses a mock already running on those ports (.ci/lib/mock.sh).
# Page: docs/compat-ansible.md.
set -euo pipefail

suite="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$suite/../.." && pwd)"
# shellcheck source=../../.ci/lib/mock.sh
. "$root/.ci/lib/mock.sh"
http_port="${MOCK_HTTP_PORT:-19080}"
https_port="${MOCK_HTTPS_PORT:-19443}"
playbook_timeout="${PLAYBOOK_TIMEOUT:-300}" # seconds per playbook; the whole suite takes about two minutes
work="$root/target/compat-ansible"
mkdir -p "$work"

say() { printf '\n== %s\n' "$*"; }

# --- Ansible and what NetApp's modules import (requests), from Debian's archive ---
as_root() { # seconds, command...
  local seconds=$1
  shift
  if [ "$(id -u)" -eq 0 ]; then timeout "$seconds" "$@"; else timeout "$seconds" sudo -n "$@"; fi
}
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  as_root 300 apt-get update -q </dev/null
  as_root 600 apt-get install -y -q --no-install-recommends "$@" </dev/null
}
if ! command -v ansible-playbook >/dev/null; then
  say "installing Debian's ansible"
  apt_install ansible python3-requests
  if ! command -v ansible-playbook >/dev/null; then
    echo "compat/ansible: no ansible-playbook after installing ansible" >&2
    exit 1
  fi
fi
# The interpreter ansible-playbook runs on also runs the modules (the inventory says so).
python="$(sed -n '1s/^#! *//p' "$(command -v ansible-playbook)" | cut -d' ' -f1)"
if ! "$python" -c 'import requests' 2>/dev/null; then
  say "installing python3-requests for $python"
  apt_install python3-requests
fi
command -v curl >/dev/null || apt_install curl
collection="$(ansible-galaxy collection list netapp.ontap 2>/dev/null |
  awk '$1 == "netapp.ontap" && !v {v = $2} END {print v}')"
if [ -z "$collection" ]; then
  echo "compat/ansible: the netapp.ontap collection is not installed (Debian's ansible package bundles it)" >&2
  exit 1
fi
say "$(ansible-playbook --version | sed -n 1p), netapp.ontap $collection"

# --- the mock ---
# Jobs run for a second, so that a playbook polling a job sees it running first.
mock_start "$http_port" "$https_port" "$work/mock.log" -Dontap-mock.jobs.duration=1s

# --- the scenarios ---
export ANSIBLE_CONFIG="$suite/ansible.cfg" MOCK_HTTPS_PORT="$https_port" MOCK_CLUSTER="${MOCK_CLUSTER:-}" ANSIBLE_NOCOLOR=1
export ANSIBLE_LOCAL_TEMP="$work/tmp" ANSIBLE_REMOTE_TEMP="$work/tmp"
passed=()
failed=()
for playbook in "$suite"/playbooks/*.yml; do
  name="$(basename "$playbook" .yml)"
  say "playbook $name"
  if timeout "$playbook_timeout" ansible-playbook "$playbook" </dev/null; then
    passed+=("$name")
  else
    failed+=("$name")
  fi
done

say "summary"
echo "passed: ${passed[*]:-none}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "compat/ansible: failed: ${failed[*]} (mock log: $work/mock.log)" >&2
  exit 1
fi
echo "compat/ansible: every playbook passed"
