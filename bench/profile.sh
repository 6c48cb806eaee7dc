#!/usr/bin/env bash
# Profiles one Podium build of the benchmark congress with Java Flight Recorder and prints the stage times
# (--verbose: load, validate, assemble, render, export, write) and where the samples fall (bench/jfr_top.py).
# By default with the JVM flags bin/podium uses (C1 only, SerialGC), without its class-data-sharing archive.
#
#   bench/profile.sh [S] [extra build options]        default S=3000; e.g. bench/profile.sh 1000
#   PODIUM_JVM="-XX:TieredStopAtLevel=1" bench/profile.sh 3000     (other JVM flags)
# Needs the corpus and jar that bench/run.sh makes (e.g. bench/run.sh "1000 3000" 1).
set -euo pipefail
cd "$(dirname "$0")/.."
s="${1:-3000}"
shift || true
work="$PWD/target/bench"
dir="$work/S$s"
[ -d "$dir/podium" ] && [ -f "$work/podium.jar" ] || { echo "profile: run bench/run.sh \"$s\" 1 first" >&2; exit 2; }
mkdir -p "$work/prof"
recording="$work/prof/S$s-$(date +%H%M%S).jfr"

# JFR's "profile" settings sample Java stacks every 10 ms (20 ms in "default"); a 2 ms period gives enough
# samples for a few-second build.
jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
sed 's|<setting name="period" control="method-sampling-java-interval">10 ms</setting>|<setting name="period" control="method-sampling-java-interval">2 ms</setting>|' \
  "$jdk/lib/jfr/profile.jfc" > "$work/prof/sampling.jfc"

rm -rf "$dir/out-profile"
# shellcheck disable=SC2086
/usr/bin/time -f 'wall %e s, user %U s, sys %S s, peak RSS %M KB' \
  java ${PODIUM_JVM:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} \
  -XX:StartFlightRecording=settings="$work/prof/sampling.jfc",filename="$recording" \
  -jar "$work/podium.jar" build --verbose --no-compress "$@" --project "$dir/podium" --output "$dir/out-profile" 2>&1 \
  | grep -v -e '…' -e 'jfr,startup' -e 'Started recording' -e 'Use jcmd'
echo "recording: $recording"
python3 bench/jfr_top.py "$recording" "${TOP:-30}"
