#!/bin/sh
# Dumps the app's own class-data-sharing archive, lib/app/referral-atlas.jsa, for the folder the app
# is installed in: the classes of the app and its jars as loaded by one headless start-up to the first
# frame, on top of the runtime's archive of the JDK's and JavaFX's classes. The launcher names it
# (-XX:SharedArchiveFile=$APPDIR/referral-atlas.jsa); JDK 17 accepts it only where its jars were when
# it was dumped, so package.sh runs this on the app image and the Linux package's postinst runs it
# again in /opt. Elsewhere (a moved app folder, an .msi or .dmg install) the JVM skips it silently and
# still uses the runtime's archive. Usage: lib/app-cds.sh (no arguments); exits 0 even when the dump
# fails, keeping the archive there was: an app without it only starts slower.
lib=$(cd "$(dirname "$0")" && pwd -P)
cfg=$lib/app/referral-atlas.cfg
archive=$lib/app/referral-atlas.jsa
[ -f "$cfg" ] || { echo "app-cds: no $cfg" >&2; exit 0; }
# The class path exactly as the launcher passes it (in the cfg's order), and the cfg's JVM options
# without the archive ones.
cp=$(sed -n "s|^app\.classpath=\\\$APPDIR|$lib/app|p" "$cfg" | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
opts=$(sed -n "s|^java-options=||p" "$cfg" | grep -v -e SharedArchiveFile -e '^-Xlog' | sed "s|\\\$APPDIR|$lib/app|g")
home=$(mktemp -d)
# shellcheck disable=SC2086 # the options are one per line, none with spaces
if "$lib/runtime/bin/java" $opts -XX:ArchiveClassesAtExit="$archive.new" -Xlog:cds=off -Xlog:cds+dynamic=off \
     -Duser.home="$home" -Djava.util.prefs.userRoot="$home/prefs" \
     -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32 \
     -cp "$cp" "$main" --measure-startup >"$home/out.log" 2>&1 && [ -s "$archive.new" ]; then
  mv -f "$archive.new" "$archive"
  chmod 644 "$archive"
else
  echo "app-cds: the archive could not be dumped; the app starts without it: $(tail -n 3 "$home/out.log")" >&2
  rm -f "$archive.new"
fi
rm -rf "$home"
exit 0
