#!/usr/bin/env bash
# Makes the packaged app's Java runtime with jlink: the JDK modules the app needs plus JavaFX's
# own modules, so JavaFX runs as modules (no "Unsupported JavaFX configuration" warning) and is
# archived with the rest by the start-up archive. JavaFX's jars on Maven Central are modular, one
# per platform, and carry their native libraries inside; those are taken out of the jars and put
# in the runtime's lib folder, where JavaFX looks first, so nothing is unpacked into the user's
# home folder at start-up. Run by the pom's `package` profile:
#   packaging/runtime.sh JAVAFX_JARS_FOLDER MODULES OUTPUT_FOLDER
set -euo pipefail
jars=$1
modules=$2
mkdir -p "$(dirname "$3")"
out="$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"
work="$out.work"
rm -rf "$out" "$work"
mkdir -p "$work/jars" "$work/native"
for jar in "$jars"/*.jar; do
  # JavaFX's jars without a platform are empty placeholders, with no module in them.
  entries=$(unzip -Z1 "$jar")
  grep -qx 'module-info.class' <<< "$entries" || continue
  copy="$work/jars/$(basename "$jar")"
  cp "$jar" "$copy"
  natives=$(grep -E '\.(so|dylib|dll)$' <<< "$entries" || true)
  if [ -n "$natives" ]; then
    # shellcheck disable=SC2086
    (cd "$work/native" && unzip -q -o "$copy" $natives)
    # shellcheck disable=SC2086
    zip -q -d "$copy" $natives
  fi
done
jlink --module-path "$work/jars" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands --output "$out"
case "$(uname -s)" in
  MINGW* | MSYS* | CYGWIN*) cp "$work/native"/* "$out/bin/" ;;
  *) cp "$work/native"/* "$out/lib/" ;;
esac
rm -rf "$work"
echo "runtime: $out ($(du -sh "$out" | cut -f1))"
