#!/usr/bin/env bash
# Long-note benchmark: how long the JavaFX thread is held by a pasted long letter, headless
# (Monocle, software rendering): pasting it, typing one character at its end (with the layout and
# one frame), and the note view model's work on each change (word count, the gentle notice).
#   bench/long-note.sh [CHARS] [PARAGRAPH]   (default 1048576 characters in one paragraph;
#                                            PARAGRAPH > 0 starts a new line about every so many)
# MVN=mvn is the Maven command; MVN=true uses the classes and class path already built.
set -euo pipefail
cd "$(dirname "$0")/.."
${MVN:-mvn} -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt \
  -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
java -Xmx1g -XX:+UseSerialGC -cp "$cp" commonground.bench.LongNoteBench "${1:-1048576}" "${2:-0}"
