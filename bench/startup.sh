#!/usr/bin/env bash
# Start-up benchmark: time to first frame of the app versus a bare JavaFX window (a Label in a
# Stage), both from JVM start as logged by FirstFrame, alternating runs on the same machine.
#   bench/startup.sh [RUNS] [LAUNCHER]   (default 10; starts Xvfb when there is no DISPLAY)
# With LAUNCHER (such as "/opt/common-ground/bin/Common Ground" or common-ground), that installed
# or packaged app is measured instead of the one built from these sources.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
${MVN:-mvn} -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "needs a display or Xvfb" >&2; exit 2; }
  export DISPLAY=":$(( 500 + RANDOM % 400 ))"
  Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi
data=$(mktemp -d)
trap 'rm -rf "$data"; [ -n "${xvfb:-}" ] && kill $xvfb 2>/dev/null || true' EXIT
# One run first so the database exists, as it does for anyone but a first-time user.
app=(java -cp "$cp" commonground.app.Launcher)
[ -n "${2:-}" ] && app=("$2")
"${app[@]}" --data-dir "$data" --exit-after-first-frame >/dev/null 2>&1
bare=(); times=()
for i in $(seq "$runs"); do
  b=$(java -cp "$cp" commonground.bench.BareWindow 2>/dev/null | sed -n 's/^first frame after \([0-9]*\) ms$/\1/p')
  a=$("${app[@]}" --data-dir "$data" --exit-after-first-frame 2>/dev/null \
      | sed -n 's/^first frame after \([0-9]*\) ms$/\1/p')
  bare+=("$b"); times+=("$a")
  echo "run $i: bare ${b} ms, app ${a} ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mb=$(median "${bare[@]}"); ma=$(median "${times[@]}")
echo "median: bare window ${mb} ms, Common Ground ${ma} ms, ratio $(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a/b}')"
