#!/usr/bin/env bash
# The benchmark of issue 8: a cold full build of the same synthetic congress by Podium and by Hugo, a fresh JVM
# each run, the two tools alternating run by run so that a noisy machine slows both alike. See bench/README.md.
#
#   bench/run.sh [SIZES] [RUNS]        default "100 1000 3000" and 5: package, generate, then per size one
#                                      warm-up and RUNS timed runs of each tool; prints the table and ratios
#   bench/run.sh --memory              Podium at S=3000 with -Xmx512m: success or failure
#   bench/run.sh --flags [S] [RUNS]    JVM flag sets compared at S (default 3000, 3 runs each, interleaved)
#
# After the table, bench/preview.sh runs on each size: the preview's latency per kind of edit (PREVIEW_EDITS edits
# each, default 5; 0 leaves it out).
# Environment: BENCH_SHARE_IMAGES=sessions draws a share image per session and language, which Hugo's site does
# not (default: editions, see generate.py); HUGO_CONFIG=hugo.yaml times the first, lighter Hugo site (~3 pages per session) instead of the
# default hugo-same.yaml, which writes the same files as Podium (../shared/bench/README.md); NO_PACKAGE=1 reuses target/bench/podium.jar; PODIUM_ARGS adds build options (default
# --no-compress, since Hugo writes no precompressed files). Podium runs through bin/podium, the launcher users
# run (its JVM flags and class-data sharing archive); PODIUM_JVM="flags" runs `java flags -jar` instead.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
work="$repo/target/bench"
mkdir -p "$work"
trap 'rm -rf "$work/trash"' EXIT   # the outputs of earlier runs, moved aside (see once())

mode=table
case "${1:-}" in
  --memory) mode=memory; shift ;;
  --flags) mode=flags; shift ;;
esac
if [ $mode = flags ]; then
  SIZES="${1:-3000}"; RUNS="${2:-3}"
elif [ $mode = memory ]; then
  SIZES=3000; RUNS=1
else
  SIZES="${1:-100 1000 3000}"; RUNS="${2:-5}"
fi
PODIUM_ARGS="${PODIUM_ARGS:---no-compress}"
HUGO_CONFIG="${HUGO_CONFIG:-hugo-same.yaml}"
PODIUM_JVM="${PODIUM_JVM:-}"

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }
have_hugo=0
if command -v hugo >/dev/null; then have_hugo=1
else echo "bench: hugo not on PATH (apt-get install -y hugo): timing Podium only" >&2; fi

# Package once, then time a private copy: someone rebuilding target/podium.jar mid-run must not change what is
# timed. If the tests do not compile (work in progress elsewhere), package without them.
jar="$work/podium.jar"
if [ -z "${NO_PACKAGE:-}" ]; then
  mvn -q -B package -DskipTests -Dpodium.skipSite=true \
    || mvn -q -B package -Dmaven.test.skip=true -Dpodium.skipSite=true \
    || echo "bench: packaging failed; timing the existing target/podium.jar" >&2
  cp target/podium.jar "$jar.tmp" && mv -f "$jar.tmp" "$jar"
fi
[ -f "$jar" ] || { echo "bench: $jar missing (run without NO_PACKAGE)" >&2; exit 2; }

# Generate each size once (again only when the generator changed): regenerating deletes the corpus, which must
# not happen under another mode's running build. Templates, assets and site.yaml are refreshed every time.
for s in $SIZES; do
  dir="$work/S$s"
  stamp="$dir/.generated"
  if [ ! -f "$stamp" ] || [ ! -d "$dir/podium" ] || [ -n "$(find bench/generate.py src/test/java/podium/bench \
        "$repo/../shared/bench/gen_corpus.py" -newer "$stamp" 2>/dev/null | head -1)" ]; then
    python3 bench/generate.py "$s" "$dir" "$repo" >&2
    touch "$stamp"
  else
    cp -r templates assets "$dir/podium/"
    python3 -c 'import sys; sys.path.insert(0, "bench"); import generate; generate.same_work_settings(".", sys.argv[1])' \
      "$dir/podium"
  fi
done

# The fallback generator (no ../shared corpus) writes only the light Hugo site
for s in $SIZES; do
  if [ ! -f "$work/S$s/corpus/hugo/$HUGO_CONFIG" ]; then
    echo "bench: no $HUGO_CONFIG in the S=$s corpus (generated without ../shared/bench): timing hugo.yaml" >&2
    HUGO_CONFIG=hugo.yaml
  fi
done

log="$work/time-$mode.log"   # per mode, so that two modes can run at once
# once TOOL S RECORD [JVM flags]: one build into an emptied folder; when RECORD is not 0, appends
# "RECORD S wall user sys peakKB pages" to $results.
once() {
  local tool=$1 s=$2 record=$3 jvm="${4:-$PODIUM_JVM}" dir="$work/S$2" status=0
  local out="$dir/out-$tool"
  [ $mode = table ] || out="$dir/out-$tool-$mode"
  # The previous output is moved aside, not deleted: ext4 does not reuse an inode deleted in the last ~30 s
  # and scans past each one when it creates a file (recently_deleted() in perf), which made a run right after
  # deleting 27,000 files spend 13 s instead of 2 s in the kernel, whichever tool it was. Deleted at exit.
  if [ -e "$out" ]; then mkdir -p "$work/trash" && mv "$out" "$(mktemp -d "$work/trash/XXXXXX")/"; fi
  sync
  if [ "$tool" = podium ] && [ -z "$jvm" ]; then
    # the launcher; its CDS archive (target/bench/podium.jsa, beside the jar) is made by the first, untimed build
    PODIUM_JAR="$jar" PODIUM_JAVA_OPTS="${5:-}" /usr/bin/time -f '%e %U %S %M' -o "$log" bin/podium build --quiet \
      $PODIUM_ARGS --project "$dir/podium" --output "$out" >/dev/null || status=$?
  elif [ "$tool" = podium ]; then
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$log" java $jvm -jar "$jar" build --quiet $PODIUM_ARGS \
      --project "$dir/podium" --output "$out" >/dev/null || status=$?
  else
    (cd "$dir/corpus/hugo" && /usr/bin/time -f '%e %U %S %M' -o "$log" \
      hugo --quiet --config "$HUGO_CONFIG" -d "$out" --cacheDir "$work/hugo-cache" >/dev/null) || status=$?
  fi
  if [ "$status" -ne 0 ]; then
    echo "bench: $tool failed at S=$s (exit $status)" >&2
    return "$status"
  fi
  if [ "$record" != 0 ]; then
    read -r wall user sys rss < <(tail -1 "$log")
    echo "$record $s $wall $user $sys $rss $(find "$out" -name index.html | wc -l)" >> "$results"
  fi
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)," \
    "$(java -version 2>&1 | head -1), $(hugo version 2>/dev/null | cut -d' ' -f1-2), $(date -u '+%Y-%m-%d %H:%M UTC')"
}

results="$work/results-$mode-$(date +%Y%m%d-%H%M%S).tsv"
: > "$results"

if [ $mode = memory ]; then
  [ -n "$PODIUM_JVM" ] || once podium 3000 0   # untimed: makes the launcher's archive if this jar has none
  if once podium 3000 podium-Xmx512m "${PODIUM_JVM:+$PODIUM_JVM -Xmx512m}" -Xmx512m; then
    read -r wall _ _ rss < <(tail -1 "$log")
    echo "memory: S=3000 with -Xmx512m SUCCEEDED (wall ${wall} s, peak RSS $((rss / 1024)) MB)"
  else
    echo "memory: S=3000 with -Xmx512m FAILED"
    exit 1
  fi
  exit 0
fi

if [ $mode = flags ]; then
  jsa="$work/flags.jsa"   # not bin/podium's podium.jsa, which the main table uses
  rm -f "$jsa"
  # the archive is made by one (untimed) build of this size with the same jar and GC
  once podium "${SIZES%% *}" 0 "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:ArchiveClassesAtExit=$jsa -Xlog:cds=off"
  names=(default C1 C1+ParallelGC C1+SerialGC C1+ParallelGC+CDS ParallelGC)
  # -Xshare:auto is the JVM's default: the set must not be empty, which would mean bin/podium
  sets=("-Xshare:auto" "-XX:TieredStopAtLevel=1" "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
    "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -XX:SharedArchiveFile=$jsa"
    "-XX:+UseParallelGC")
  for s in $SIZES; do
    echo "S=$s: flag sets, warm-up then $RUNS rounds, interleaved" >&2
    once podium "$s" 0
    for _ in $(seq "$RUNS"); do
      for i in "${!sets[@]}"; do once podium "$s" "${names[$i]}" "${sets[$i]}"; done
    done
  done
  machine
  for i in "${!sets[@]}"; do echo "  ${names[$i]}: ${sets[$i]:-(none)}"; done
  python3 bench/table.py "$results"
  exit 0
fi

for s in $SIZES; do
  echo "S=$s: warm-up, then $RUNS runs each, alternating" >&2
  once podium "$s" 0
  [ $have_hugo = 1 ] && once hugo "$s" 0
  for _ in $(seq "$RUNS"); do
    once podium "$s" podium
    [ $have_hugo = 1 ] && once hugo "$s" hugo
  done
done
machine
echo "podium: ${PODIUM_JVM:+java $PODIUM_JVM -jar podium.jar}${PODIUM_JVM:-bin/podium ($(grep -o '^  -X[^ ]*' bin/podium | xargs))}" \
  "build --quiet $PODIUM_ARGS; hugo: hugo --quiet --config $HUGO_CONFIG"
python3 bench/table.py "$results"
echo "results: $results"
# The preview's latencies on the same congresses and jar (issue 20): from saving a file to the tab's reload
if [ "${PREVIEW_EDITS:-5}" != 0 ]; then
  port=4123
  for s in $SIZES; do
    port=$((port + 1))  # a port of its own per size, whatever the last server's socket is doing
    PORT=$port bench/preview.sh "$s" "${PREVIEW_EDITS:-5}" | sed -n '1,/^--- server log/p' | grep -v '^--- server log'
  done
fi
