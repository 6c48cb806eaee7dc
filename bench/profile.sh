#!/usr/bin/env bash
# Profiles one Podium build of the synthetic congress with Java Flight Recorder, through bin/podium (so with
# the launcher's flags), and prints the stage times (--verbose) and where the samples fall (bench/jfr_top.py).
#
#   bench/profile.sh [S] [extra build options]     e.g. bench/profile.sh 3000 --no-compress
#   PODIUM_JAVA_OPTS="-XX:-TieredCompilation" bench/profile.sh 1000    (JVM flags to compare)
# Needs the corpus and jar that bench/run.sh makes (run it once, e.g. RUNS=1 SIZES="100 1000 3000").
set -euo pipefail
cd "$(dirname "$0")/.."
s="${1:-3000}"
shift || true
work="$PWD/target/bench"
corpus="$work/corpus/S$s/podium"
[ -d "$corpus" ] || { echo "profile: no corpus $corpus; run bench/run.sh first" >&2; exit 2; }
export PODIUM_JAR="$work/podium.jar"
mkdir -p "$work/prof"
recording="$work/prof/S$s-$(date +%H%M%S).jfr"

# JFR's "profile" settings sample Java stacks every 10 ms; every 2 ms gives enough samples for a 3 s build.
jdk="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
sed 's|<setting name="period" control="method-sampling-java-interval">10 ms</setting>|<setting name="period" control="method-sampling-java-interval">2 ms</setting>|' \
  "$jdk/lib/jfr/profile.jfc" > "$work/prof/sampling.jfc"

rm -rf "$work/out/profile"
PODIUM_JAVA_OPTS="-XX:StartFlightRecording=settings=$work/prof/sampling.jfc,filename=$recording ${PODIUM_JAVA_OPTS:-}" \
  /usr/bin/time -f 'wall %e s, user %U s, sys %S s, peak RSS %M KB' \
  bin/podium build --verbose "$@" --project "$corpus" --output "$work/out/profile" 2>&1 \
  | grep -v -e '…' -e 'jfr,startup'
echo "recording: $recording"
python3 bench/jfr_top.py "$recording" "${TOP:-30}"
