#!/usr/bin/env bash
# Sync through a folder between two profiles: the first sync of NOTES generated notes of about 1 KB
# and a later sync of 100 changed notes.
#   bench/sync.sh [NOTES]     (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
java -Xmx1g -cp "$cp" commonground.bench.SyncBenchmark "${1:-10000}"
