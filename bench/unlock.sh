#!/usr/bin/env bash
# Passphrase lock benchmark.
#  1. One Argon2id derivation at several costs (64 MiB t=3 p=1, the earlier setting; 128 MiB t=3
#     p=1, the app's; 256 MiB t=2 and t=3 with p=4), with the launcher's JVM options.
#  2. With the app's cost: turning the lock on, unlocking (Argon2id, plus building the in-memory
#     search index) and encrypting everything with a new data key (the file and one backup), over
#     0, 1,000 and 10,000 notes of about 1 KB.
#   bench/unlock.sh [NOTES...]
# Environment: MVN=mvn (the Maven command), JAVA_OPTIONS (default: the launcher's options).
set -euo pipefail
cd "$(dirname "$0")/.."
${MVN:-mvn} -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt \
  -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
opts=${JAVA_OPTIONS:-"-Xss2m -XX:+UseSerialGC -Xms32m -XX:TieredStopAtLevel=1"}
# shellcheck disable=SC2086
java $opts -cp "$cp" commonground.storage.Argon2CostBenchmark
# shellcheck disable=SC2086
java $opts -Xmx1g -cp "$cp" commonground.bench.UnlockBenchmark "$@"
