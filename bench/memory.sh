#!/usr/bin/env bash
# Memory benchmark: peak resident memory (VmHWM) of Common Ground on a profile of 10,000 notes,
# after opening every module twice (Ctrl+1 … Ctrl+9, typed with xdotool), against a bare JavaFX
# window (a Label in a Stage) kept open as long, with the same JVM options; then the ratio.
#   bench/memory.sh [RUNS]          (default 1; each run measures the bare window, then the app)
# Environment:
#   JAVA_OPTIONS="..."   JVM options given to both (default: none, the JVM's own defaults)
#   NOTES=10000          notes in the profile
#   PROFILE=DIR          where the seeded profile is kept (default target/memory-profile-NOTES)
#   DETAIL=1             also write a class histogram and a native memory summary of the app,
#                        taken at its peak, and its GC log (when G1 widened the heap), to
#                        target/memory/ (adds -XX:NativeMemoryTracking and -Xlog:gc)
#   CLASSES=DIR          the app's classes to measure (default target/classes), for instance those
#                        of an earlier commit built elsewhere, to compare before and after
#   MVN=mvn              the Maven command; MVN=true measures the classes already built, without
#                        building (after one run has written target/bench-cp.txt), so runs of two
#                        builds (CLASSES=) can alternate without waiting for other builds
# Needs: Xvfb and xdotool (Debian: apt-get install xvfb xdotool); installs nothing itself.
# Each run starts its own Xvfb, so the window has the same screen every time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-1}
notes=${NOTES:-10000}
profile=${PROFILE:-target/memory-profile-$notes}
opts=${JAVA_OPTIONS:-}
missing=()
for tool in Xvfb xdotool; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench/memory.sh needs ${missing[*]} (Debian: apt-get install xvfb xdotool)" >&2
  exit 2
fi
${MVN:-mvn} -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt \
  -Dmdep.includeScope=test >/dev/null
cp="${CLASSES:-target/classes}:target/test-classes:$(cat target/bench-cp.txt)"
java -cp "$cp" commonground.bench.MemoryProfile "$profile" "$notes"

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# Starts Xvfb on a display of its own, in $display and $xvfb.
start_display() {
  display=":$(( 500 + RANDOM % 400 ))"
  Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  pids+=($xvfb)
  sleep 1
}

hwm() { awk '/^VmHWM:/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

# Waits until a window titled $2 is mapped on display $1, then puts the pointer over it (with no
# window manager, the window under the pointer has the keyboard).
await_window() {
  local id="" i
  for i in $(seq 300); do
    id=$(DISPLAY=$1 xdotool search --onlyvisible --name "^$2\$" 2>/dev/null | head -n 1) || true
    [ -n "$id" ] && break
    sleep 0.2
  done
  [ -n "$id" ] || { echo "no window \"$2\" appeared" >&2; exit 1; }
  DISPLAY=$1 xdotool mousemove --window "$id" 300 20
}

# Each module is shown for this long; the bare window stays open for the same total time.
dwell=2
settle=5
visits=$(( 2 * 9 ))
total=$(( visits * dwell + settle ))

bare=(); app=()
for run in $(seq "$runs"); do
  start_display
  # shellcheck disable=SC2086
  DISPLAY=$display java $opts -cp "$cp" commonground.bench.BareWindow --stay-open >"$work/bare.log" 2>&1 &
  pid=$!; pids+=($pid)
  await_window "$display" "Bare window"
  sleep $(( total + 3 ))
  b=$(hwm $pid)
  kill $pid; wait $pid 2>/dev/null || true

  data="$work/data-$run"
  mkdir -p "$data"
  cp "$profile/common-ground.db" "$data/"
  detail=""
  if [ "${DETAIL:-}" = 1 ]; then
    mkdir -p target/memory
    detail="-XX:NativeMemoryTracking=summary -Xlog:gc:file=target/memory/gc.log"
  fi
  # shellcheck disable=SC2086
  DISPLAY=$display java $opts $detail -cp "$cp" commonground.app.Launcher --data-dir "$data" \
    >"$work/app.log" 2>&1 &
  pid=$!; pids+=($pid)
  await_window "$display" "Common Ground"
  sleep 3 # the database opens after the first frame
  for round in 1 2; do
    for key in 1 2 3 4 5 6 7 8 9; do
      DISPLAY=$display xdotool key "ctrl+$key"
      sleep $dwell
    done
  done
  sleep $settle
  a=$(hwm $pid)
  if [ "${DETAIL:-}" = 1 ]; then
    mkdir -p target/memory
    jcmd $pid GC.class_histogram > target/memory/class-histogram.txt
    jcmd $pid VM.native_memory summary > target/memory/native-memory.txt
    jcmd $pid GC.heap_info > target/memory/heap-before-gc.txt
    jcmd $pid GC.run >/dev/null
    jcmd $pid GC.heap_info > target/memory/heap-after-gc.txt
    grep -E '^\s+(total|used)|Java Heap|^-\s' target/memory/native-memory.txt | head -n 40 || true
  fi
  kill $pid; wait $pid 2>/dev/null || true
  kill $xvfb 2>/dev/null || true
  pids=()
  if grep -q "Exception" "$work/app.log"; then
    echo "the app wrote an exception:" >&2
    cat "$work/app.log" >&2
  fi
  bare+=("$b"); app+=("$a")
  echo "run $run: bare window ${b} MiB, Common Ground ${a} MiB (peak resident, VmHWM)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mb=$(median "${bare[@]}"); ma=$(median "${app[@]}")
echo "median peak: bare window ${mb} MiB, Common Ground ${ma} MiB with ${notes} notes, ratio" \
  "$(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a/b}')${opts:+ (JVM options: $opts)}"
