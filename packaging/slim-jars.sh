#!/usr/bin/env bash
# Takes out of the app's jars what this platform's app never loads: sqlite-jdbc carries its
# native library for 22 systems (about 11 MB); only the one for the system being packaged for
# (as built: this machine's system and processor) is kept. Run by the pom's `package` profile on
# the copied jars in the app input, never on the jars in the Maven repository:
#   packaging/slim-jars.sh APP_INPUT_FOLDER
set -euo pipefail
input=$1
case "$(uname -s)" in
  Linux) os=Linux ;;
  Darwin) os=Mac ;;
  MINGW* | MSYS* | CYGWIN*) os=Windows ;;
  *) echo "slim-jars: unknown system $(uname -s); jars left as they are" >&2; exit 0 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) echo "slim-jars: unknown processor $(uname -m); jars left as they are" >&2; exit 0 ;;
esac
for jar in "$input"/sqlite-jdbc-*.jar; do
  [ -f "$jar" ] || continue
  before=$(du -k "$jar" | cut -f1)
  others=$(unzip -Z1 "$jar" | grep '^org/sqlite/native/.' | grep -v "^org/sqlite/native/$os/$arch/" \
    | grep -v '/$' || true)
  if [ -n "$others" ]; then
    # shellcheck disable=SC2086
    zip -q -d "$jar" $others
  fi
  echo "slim-jars: $(basename "$jar") keeps org/sqlite/native/$os/$arch only ($before KB -> $(du -k "$jar" | cut -f1) KB)"
done
