#!/usr/bin/env bash
# Tests the Linux package built by package.sh; `mvn -Ppackage verify` runs it (integration-test
# phase). Unpacks the .deb into a temporary root (dpkg -x, no installation, no root needed) and
# runs what a user runs: the launchers with --version and `lookup temple --json`, and the window,
# headless (Monocle, folded into the runtime) up to its first frame with the atlas drawn.
set -euo pipefail

out=$(cd "${TARGET:-target}" && pwd)/jpackage
if [ "${PLATFORM:-linux}" != linux ]; then
  echo "[package test] tests the .deb; nothing to test on $PLATFORM"
  exit 0
fi
deb=$(ls "$out"/installers/*.deb)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "[package test] FAILED: $*" >&2; exit 1; }
ok() { echo "[package test] ok: $*"; }

dpkg -x "$deb" "$root"
app=$root/opt/referral-atlas
mkdir "$root/home"
# Preferences and study progress go to user.home: keep them in the temporary root.
export JAVA_TOOL_OPTIONS="-Duser.home=$root/home"

dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail "Depends lacks GTK: $(dpkg-deb -f "$deb" Depends)"
ok "Depends: $(dpkg-deb -f "$deb" Depends)"
desktop=$app/lib/referral-atlas-referral-atlas.desktop
grep -q '^Name=Referral Atlas$' "$desktop" || fail "desktop entry: $(cat "$desktop")"
grep -q '^Exec=/opt/referral-atlas/bin/referral-atlas %f$' "$desktop" || fail "desktop entry: $(cat "$desktop")"
grep -q '^NoDisplay=true' "$app/lib/referral-atlas-referral-atlas-cli.desktop" || fail "the CLI launcher shows in menus"
grep -q 'application/x-referral-atlas-lesson' "$desktop" || fail "desktop entry lacks the lesson type"
grep -q 'application/x-referral-atlas-pain-drawing' "$desktop" || fail "desktop entry lacks the drawing type"
[ -s "$app/lib/referral-atlas.png" ] || fail "no icon"
ok "desktop entry, file types and icon"
dpkg-deb -e "$deb" "$root/control"
grep -q 'ln -sf /opt/referral-atlas/bin/referral-atlas /usr/bin/referral-atlas' "$root/control/postinst" \
  || fail "postinst does not put the launcher on the PATH"

modules=$(grep '^MODULES=' "$app/lib/runtime/release")
for unwanted in jdk.compiler java.net.http jdk.jshell javafx.web javafx.media; do
  case "$modules" in *"$unwanted"*) fail "the runtime carries $unwanted" ;; esac
done
ok "runtime $modules"

version=$("$app/bin/referral-atlas" --version 2>/dev/null)
case "$version" in "Referral Atlas "[0-9]*) ok "--version: $version" ;; *) fail "--version printed: $version" ;; esac

for launcher in referral-atlas referral-atlas-cli; do
  json=$("$app/bin/$launcher" lookup temple --json 2>/dev/null)
  first=$(printf '%s' "$json" | jq -r '.candidates[0].muscle')
  count=$(printf '%s' "$json" | jq '.candidates | length')
  [ "$count" -gt 0 ] && [ -n "$first" ] && [ "$first" != null ] || fail "$launcher lookup temple --json: $json"
  ok "$launcher lookup temple --json: $count candidates, first $first"
done

grep -q '/opt/referral-atlas/lib/app-cds.sh' "$root/control/postinst" || fail "postinst does not dump the app's CDS archive"
# What the postinst does in /opt, here in the temporary root: the app's own archive, valid where its
# jars are. Then the launcher's first class must come from it.
"$app/lib/app-cds.sh"
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:class+load:file=$root/classes.log" "$app/bin/referral-atlas" --version >/dev/null 2>&1
grep -q 'org.referralatlas.Launcher source: shared objects file (top)' "$root/classes.log" \
  || fail "the app's classes do not come from its CDS archive: $(grep 'referralatlas.Launcher ' "$root/classes.log")"
ok "the app's own CDS archive in use"

# -Xshare:on makes the JVM refuse to start when an archive it is given cannot be used.
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xshare:on" "$app/bin/referral-atlas" --version >/dev/null 2>&1 \
  || fail "the CDS archives (the runtime's, the app's) cannot be mapped"
ok "both CDS archives map (-Xshare:on)"

log=$root/startup.log
JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw" \
  timeout 120 "$app/bin/referral-atlas" --measure-startup >"$log" 2>&1 || fail "the window did not start: $(cat "$log")"
grep -q 'Unsupported JavaFX configuration' "$log" && fail "JavaFX was loaded from the class path: $(cat "$log")"
grep -E '^startup: [0-9]+ ms from JVM start to the first frame with the atlas drawn' "$log" \
  || fail "no first frame: $(cat "$log")"
ok "window started headless, JavaFX from the module path"
