#!/usr/bin/env bash
# Passphrase lock benchmark: time to turn the lock on and to unlock (Argon2id 64 MiB, t=3, p=1,
# plus building the in-memory search index) over 0, 1,000 and 10,000 notes of about 1 KB.
#   bench/unlock.sh [NOTES...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
java -Xmx1g -cp "$cp" commonground.bench.UnlockBenchmark "$@"
