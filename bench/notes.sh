#!/usr/bin/env bash
# Reflection notes benchmark at the repository level: 100,000 generated notes of about 1 KB,
# search as you type, opening and scrolling the list, autosave of a 10 KB note (p50/p95).
#   bench/notes.sh [NOTES] [DATA_DIR]     (default 100000; DATA_DIR keeps the generated database)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
java -Xmx1g -cp "$cp" commonground.bench.NoteBenchmark "${1:-100000}" "${2:-$(mktemp -d)}"
