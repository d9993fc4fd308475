#!/usr/bin/env bash
# Builds the installable app for the platform it runs on; called by `mvn -Ppackage package`
# (the pom passes its properties in the environment), runnable by hand after that build:
#
#   1. a jlink runtime with only the modules the app needs, JavaFX in it as named modules (so no
#      "Unsupported JavaFX configuration" warning) and JavaFX's Monocle headless platform folded
#      into javafx.graphics, so the installed app can be smoke-tested and timed without a display;
#   2. a CDS archive of that runtime's classes, dumped from a real start-up (the JDK's own default
#      archive covers only java.base's start); the runtime uses it without any option; on Linux a
#      second archive of the app's own classes on top (app-cds.sh), valid where it was dumped;
#   3. a jpackage app image (two launchers: the app, and referral-atlas-cli for terminals on
#      Windows, where the app's launcher has no console) and the platform's installers.
#
# Everything lands in target/jpackage/. Environment (set by the pom):
#   PROJECT_VERSION  the pom's version              INSTALLER_TYPES  e.g. "deb rpm", "msi exe", "dmg"
#   MAIN_JAR         the app's own jar, in target/  PLATFORM         linux | win | mac
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# pwd -W: Windows paths in Git Bash, which jlink and jpackage (Windows programs) understand.
out=$(cd "${TARGET:-target}" && { pwd -W 2>/dev/null || pwd; })/jpackage
name=referral-atlas
: "${PROJECT_VERSION:?}" "${MAIN_JAR:?}" "${PLATFORM:?}" "${INSTALLER_TYPES:=}"
APP_VERSION=${PROJECT_VERSION%%-*}   # installers want numbers only: 0.1.0-SNAPSHOT -> 0.1.0

java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
jlink=${java_bin}jlink
jpackage=${java_bin}jpackage
sep=':'
[ "$PLATFORM" = win ] && sep=';'

# Modules found by `jdeps --print-module-deps` over the app and its jars, plus those reached only by
# reflection or service loading: java.logging (commons-logging), jdk.unsupported (Unsafe).
modules=java.base,java.desktop,java.management,java.prefs,java.sql,java.logging,jdk.unsupported,javafx.controls

# ControlsFX reaches into these JavaFX internals (the same list as javafx:run in the pom).
fx_opens=(
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED
  --add-exports=javafx.controls/com.sun.javafx.scene.control.inputmap=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED
  --add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED
  --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED
)
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
          -Dheadless.geometry=1920x1200-32)

step() { printf '\n[package] %s\n' "$*"; }

rm -rf "$out/runtime" "$out/image" "$out/installers" "$out/work"
mkdir -p "$out/work/fx" "$out/installers"

cp "$out/../$MAIN_JAR" "$out/input/"

step "ICU4J without its data files (12 of its 15 MB; ArabicShaping, the one class the app uses, never reads them)"
for icu in "$out"/input/icu4j-*.jar; do
  [ -e "$icu" ] || continue
  rm -rf "$out/work/icu" && mkdir -p "$out/work/icu"
  (cd "$out/work/icu" && jar xf "$icu" && rm -rf com/ibm/icu/impl/data && mv META-INF/MANIFEST.MF ../icu-manifest.mf)
  rm "$icu" && jar --create --file "$icu" --manifest "$out/work/icu-manifest.mf" -C "$out/work/icu" .
done

step "JavaFX modules, with Monocle folded into javafx.graphics"
cp "$out"/fx-jars/*.jar "$out/work/fx/"
graphics=$(ls "$out"/work/fx/javafx-graphics-*.jar)
mkdir -p "$out/work/monocle"
(cd "$out/work/monocle" && jar xf "$(ls "$out"/monocle/*.jar)" com)
jar --update --file "$graphics" -C "$out/work/monocle" .

step "jlink runtime: $modules"
"$jlink" --module-path "$(ls -d "$out"/work/fx/*.jar | paste -sd "$sep" -)" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --exclude-resources '**.so,**.dll,**.dylib' --output "$out/runtime"
# JavaFX's native libraries, excluded above as module resources (which JavaFX would unpack into the
# user's home at every first start), go where it looks first in a runtime image.
natives=lib
[ "$PLATFORM" = win ] && natives=bin
(cd "$out/runtime/$natives" && jar xf "$graphics" $(jar tf "$graphics" | grep -E '^[^/]+\.(so|dll|dylib)$'))

step "CDS archive from one headless start-up"
app_cp=$(ls -d "$out"/input/*.jar | paste -sd "$sep" -)
home=$(mktemp -d)
"$out/runtime/bin/java" -Xshare:off -XX:DumpLoadedClassList="$out/work/classes.lst" -Duser.home="$home" \
  "${headless[@]}" "${fx_opens[@]}" -cp "$app_cp" org.referralatlas.Launcher --measure-startup
rm -rf "$home"
# Dumped with no class path, the archive holds the JDK's and JavaFX's classes (named modules in the
# runtime image), which stay valid wherever the app is installed; JDK 17 would reject an archive of
# the app's jars once they move to the install folder.
"$out/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$out/work/classes.lst" \
  -XX:SharedArchiveFile="$out/runtime/$natives/server/classes.jsa" -Xlog:cds=off

step "jpackage app image"
icon=$here/icons/$name.png
[ "$PLATFORM" = win ] && icon=$here/icons/$name.ico
[ "$PLATFORM" = mac ] && icon=$here/icons/$name.icns
cli_props=$out/work/$name-cli.properties
{
  echo "main-class=org.referralatlas.cli.Cli"
  echo "win-console=true"
  echo "linux-shortcut=false"
  echo "description=Referral Atlas on the command line"
} > "$cli_props"
# A desktop app's JVM, not a server's (README "Start-up and memory"): the serial collector; a small
# first heap that grows when needed and gives back what it does not use (the default first heap
# is 1/64 of the machine's memory, all of it resident after the first collections); C1 only.
memory_opts=()
for o in -XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k \
         -XX:TieredStopAtLevel=1; do
  memory_opts+=(--java-options "$o")
done
java_opts=()
for o in "${fx_opens[@]}"; do java_opts+=(--java-options "$o"); done
# The app's own classes in a second CDS archive (app-cds.sh, below); without it the JVM would use the
# runtime's archive alone, and say nothing (the -Xlog options) where the app folder has moved.
if [ "$PLATFORM" = linux ]; then
  for o in '-XX:SharedArchiveFile=$APPDIR/referral-atlas.jsa' -Xlog:cds=off -Xlog:cds+dynamic=off; do
    java_opts+=(--java-options "$o")
  done
fi
"$jpackage" --type app-image --dest "$out/image" --name "$name" --app-version "$APP_VERSION" \
  --vendor "Referral Atlas" --copyright "Referral Atlas contributors" \
  --description "Trigger-point referral atlas of the head, neck and shoulders" \
  --runtime-image "$out/runtime" --input "$out/input" --main-jar "$MAIN_JAR" \
  --main-class org.referralatlas.Launcher "${java_opts[@]}" "${memory_opts[@]}" \
  --add-launcher "$name-cli=$cli_props" --icon "$icon"

if [ "$PLATFORM" = linux ]; then
  step "CDS archive of the app's classes, for the app image (the .deb's postinst dumps it again in /opt)"
  cp "$here/app-cds.sh" "$out/image/$name/lib/app-cds.sh"
  "$out/image/$name/lib/app-cds.sh"
  [ -s "$out/image/$name/lib/app/$name.jsa" ] || { echo "no app CDS archive" >&2; exit 1; }
fi

for type in $INSTALLER_TYPES; do
  case "$type" in
    rpm) command -v rpmbuild >/dev/null || { step "no rpmbuild here: skipping the .rpm"; continue; } ;;
    deb) command -v dpkg-deb >/dev/null || { step "no dpkg-deb here: skipping the .deb"; continue; } ;;
  esac
  step "jpackage $type"
  platform_opts=()
  case "$PLATFORM" in
    linux) platform_opts=(--linux-shortcut --linux-menu-group "Education;MedicalSoftware;"
                          --linux-app-category education --linux-package-deps "libgtk-3-0 | libgtk-3-0t64"
                          --resource-dir "$here/linux") ;;
    win) platform_opts=(--win-menu --win-shortcut --win-dir-chooser --win-per-user-install
                        --win-upgrade-uuid 5b8f6c1e-2d8a-4d07-9b3e-7f1c2a9e4d61) ;;
    mac) platform_opts=(--mac-package-name "Referral Atlas") ;;
  esac
  "$jpackage" --type "$type" --dest "$out/installers" --name "$name" --app-version "$APP_VERSION" \
    --vendor "Referral Atlas" --description "Trigger-point referral atlas of the head, neck and shoulders" \
    --app-image "$out/image/$name" --icon "$icon" \
    --file-associations "$here/associations/pain-drawing.properties" \
    --file-associations "$here/associations/lesson.properties" "${platform_opts[@]}"
done
step "done: $(ls "$out/installers" | paste -sd ' ' -) in $out/installers, app image in $out/image"
