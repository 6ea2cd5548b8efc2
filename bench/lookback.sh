#!/usr/bin/env bash
# Look-back benchmark: two years of check-ins, good moments and needs ratings for three people,
# turned into months, sentences, Markdown and the two charts drawn (headless, software rendering),
# once the data is read. The target is under 200 ms for the three.
#   bench/lookback.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
java -Xmx1g -cp "$cp" commonground.bench.LookBackBenchmark
