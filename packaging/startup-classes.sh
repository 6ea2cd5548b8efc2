#!/usr/bin/env bash
# Regenerates packaging/startup-classes.lst: the classes the packaged app loads up to its first
# frame (and the database open), from which the Linux package's postinst makes the start-up
# archive (AppCDS). Run after `mvn -B -Ppackage package`, when start-up code has changed a lot;
# a stale list still works, it only covers less. Starts Xvfb when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
image="target/dist/Common Ground"
[ -x "$image/bin/Common Ground" ] || { echo "build the app image first: mvn -B -Ppackage package" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill $xvfb 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "needs a display or Xvfb" >&2; exit 2; }
  export DISPLAY=":$(( 500 + RANDOM % 400 ))"
  Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 2
fi
cp -r "$image" "$work/image"
cfg="$work/image/lib/app/Common Ground.cfg"
grep -v 'SharedArchiveFile' "$cfg" > "$cfg.new" && mv "$cfg.new" "$cfg"
echo 'java-options=-XX:DumpLoadedClassList=$APPDIR/startup-classes.lst' >> "$cfg"
mkdir "$work/data"
"$work/image/bin/Common Ground" --data-dir "$work/data" --exit-after-first-frame
cp "$work/image/lib/app/startup-classes.lst" packaging/startup-classes.lst
echo "wrote packaging/startup-classes.lst ($(grep -vc '^#' packaging/startup-classes.lst) lines)"
