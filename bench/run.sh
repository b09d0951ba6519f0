#!/usr/bin/env bash
# The benchmark against the alternatives, the soak benchmark, then the tenants benchmark; each writes bench/RESULTS.md.
#   bench/run.sh            full run (about 15 minutes after the builds, plus the soak's 5 and the tenants' 4)
#   bench/run.sh --quick    smoke run of all three
#   bench/run.sh --bench-only | --soak-only | --tenants-only [--quick]
# Needs: JDK 17 (JDK 25 for the AOT cache mode, else that mode is skipped), Python 3, Node.js/npm, network access to
# Maven Central, npm and Debian's packages for the first run. Only 127.0.0.1 is targeted.
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS=bench/.tools
QUICK=""; WHAT=all
for a in "$@"; do
  case "$a" in
    --quick) QUICK=--quick ;;
    --bench-only) WHAT=bench ;;
    --soak-only) WHAT=soak ;;
    --tenants-only) WHAT=tenants ;;
    *) echo "unknown option $a" >&2; exit 2 ;;
  esac
done

# Every process this script starts is in its group: stopped on exit, Ctrl-C or kill.
cleanup() { rc=$?; trap - EXIT; trap '' INT TERM; kill -- -$$ 2>/dev/null || true; exit $rc; }
trap cleanup EXIT INT TERM

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO=sudo; else SUDO=none; fi
  if [ "$SUDO" = none ]; then
    echo "wrk is missing and cannot be installed (no root, no sudo): apt-get install wrk" >&2; exit 1
  fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi

mkdir -p "$TOOLS"
if [ "$WHAT" = all ] || [ "$WHAT" = bench ]; then
  # versions: bench/alternatives.py
  ver() { python3 -c "import sys; sys.path.insert(0, 'bench'); import alternatives as a; print(a.$1)"; }
  WM=$(ver WIREMOCK_VERSION); MS=$(ver MOCKSERVER_VERSION); PR=$(ver PRISM_VERSION)
  [ -f "$TOOLS/wiremock-standalone-$WM.jar" ] || ./mvnw -B -q dependency:copy \
    -Dartifact="org.wiremock:wiremock-standalone:$WM" -DoutputDirectory="$TOOLS"
  [ -f "$TOOLS/mockserver-netty-$MS-jar-with-dependencies.jar" ] || ./mvnw -B -q dependency:copy \
    -Dartifact="org.mock-server:mockserver-netty:$MS:jar:jar-with-dependencies" -DoutputDirectory="$TOOLS"
  [ -f "$TOOLS/prism/node_modules/@stoplight/prism-cli/package.json" ] \
    && grep -q "\"version\": \"$PR\"" "$TOOLS/prism/node_modules/@stoplight/prism-cli/package.json" \
    || npm install --silent --no-audit --no-fund --prefix "$TOOLS/prism" "@stoplight/prism-cli@$PR"
  python3 bench/bench.py $QUICK
fi
if [ "$WHAT" = all ] || [ "$WHAT" = soak ]; then
  python3 bench/soak.py $QUICK
fi
if [ "$WHAT" = all ] || [ "$WHAT" = tenants ]; then
  python3 bench/tenants.py $QUICK
fi
