#!/usr/bin/env bash
# Times the app's start-up against a bare JavaFX window, in interleaved pairs (app, bare, app, bare ...),
# headless (Monocle), and prints each run and the medians: the first frame with the atlas drawn as
# --measure-startup prints it, the whole window's frame, wall time, user + system CPU seconds and the
# maximum resident set size (/usr/bin/time), and the ratio of first frames in each pair. README
# "Start-up and memory". Run from the project folder after `mvn -Ppackage package` (for `installed`) or
# `mvn package` (for `jar`):
#
#   tools/startup-pairs.sh installed 5   # target/jpackage/image/referral-atlas/bin/referral-atlas
#   tools/startup-pairs.sh jar 5         # java -cp target/referral-atlas.jar:<monocle> org.referralatlas.Launcher
#
# The bare window runs with the test class path (target/cp.txt, written here when missing).
set -euo pipefail
kind=${1:?installed or jar}
pairs=${2:-5}
cd "$(dirname "$0")/.."
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw)
[ -s target/cp.txt ] || mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
  -Dmdep.includeScope=test >/dev/null
cp=$(cat target/cp.txt)
monocle=$(tr ':' '\n' <target/cp.txt | grep openjfx-monocle)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

case "$kind" in
  installed) app=(env JAVA_TOOL_OPTIONS="${headless[*]} -Duser.home=$home"
                  target/jpackage/image/referral-atlas/bin/referral-atlas --measure-startup) ;;
  jar) app=(java "${headless[@]}" -Duser.home="$home" -cp "target/referral-atlas.jar:$monocle"
            org.referralatlas.Launcher --measure-startup) ;;
  *) echo "installed or jar" >&2; exit 2 ;;
esac
bare=(java "${headless[@]}" -Duser.home="$home" -cp "target/test-classes:target/classes:$cp"
      org.referralatlas.bench.BareWindowStartup)
# One run: "first-frame-ms whole-window-ms wall user+sys rss-MiB process-cpu-ms-at-first-frame"
run() {
  local out
  out=$( { /usr/bin/time -f "TIME %e %U %S %M" "$@" 2>&1; } 2>&1 )
  local ms whole
  ms=$(grep -o 'startup: [0-9]* ms from JVM start to the first frame \(with\|of a bare\)' <<<"$out" | awk '{print $2}')
  whole=$(grep -o 'startup: [0-9]* ms from JVM start to the first frame of the whole' <<<"$out" | awk '{print $2}')
  cpu=$(grep -m1 -o 'first frame \(with\|of a bare\).*(CPU: process [0-9]*' <<<"$out" | grep -o '[0-9]*$' || true)
  read -r _ wall user sys rss < <(grep '^TIME' <<<"$out")
  echo "${ms:-?} ${whole:--} $wall $(echo "$user + $sys" | bc) $((rss / 1024)) ${cpu:--}"
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-"; else print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$home/app" && : >"$home/bare" && : >"$home/ratio" && : >"$home/cpuratio"
for i in $(seq "$pairs"); do
  a=$(run "${app[@]}"); b=$(run "${bare[@]}")
  echo "pair $i  app: $a   bare: $b   (first ms, whole ms, wall s, cpu s, rss MiB, cpu ms to first)"
  echo "$a" >>"$home/app"; echo "$b" >>"$home/bare"
  echo "$(cut -d' ' -f1 <<<"$a") $(cut -d' ' -f1 <<<"$b")" | awk '{printf "%.2f\n", $1 / $2}' >>"$home/ratio"
  echo "$(cut -d' ' -f6 <<<"$a") $(cut -d' ' -f6 <<<"$b")" | awk '$2 > 0 {printf "%.2f\n", $1 / $2}' >>"$home/cpuratio"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for who in app bare; do
  printf '%-5s median: first %s ms, whole %s ms, wall %s s, cpu %s s, rss %s MiB, cpu to first %s ms\n' "$who" \
    "$(cut -d' ' -f1 "$home/$who" | median)" "$(cut -d' ' -f2 "$home/$who" | grep -v -- - | median)" \
    "$(cut -d' ' -f3 "$home/$who" | median)" "$(cut -d' ' -f4 "$home/$who" | median)" \
    "$(cut -d' ' -f5 "$home/$who" | median)" "$(cut -d' ' -f6 "$home/$who" | grep -v -- - | median)"
done
echo "ratio of first frames, median of the pairs: $(median <"$home/ratio")"
[ -s "$home/cpuratio" ] && echo "ratio of CPU to the first frame, median of the pairs: $(median <"$home/cpuratio")"
