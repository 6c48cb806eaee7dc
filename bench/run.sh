#!/usr/bin/env bash
# The benchmark of issue 8: a cold full build of the same synthetic congress by Podium and by Hugo, S = 100,
# 1,000 and 3,000 sessions (x 3 languages), a fresh JVM each run, the two tools alternating so that a noisy
# machine slows both alike. See bench/README.md.
#
#   bench/run.sh                 package, generate, warm up, then RUNS timed runs of each tool per size
#   bench/run.sh --memory        also build S=3000 with -Xmx512m and report whether it succeeds
#   RUNS=9 SIZES="1000" bench/run.sh     PODIUM_ARGS=--no-compress bench/run.sh     NO_PACKAGE=1 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
SIZES="${SIZES:-100 1000 3000}"
SEED="${SEED:-1234}"
PODIUM_ARGS="${PODIUM_ARGS:-}"
MEMORY=0
[ "${1:-}" = "--memory" ] && MEMORY=1
work="$PWD/target/bench"
mkdir -p "$work"

if ! [ -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing (apt-get install -y time)" >&2
  exit 2
fi
have_hugo=0
command -v hugo >/dev/null && have_hugo=1 || echo "bench: hugo not installed (apt-get install -y hugo): timing Podium only" >&2

# Package once, then run a private copy: others rebuilding target/podium.jar mid-run must not change what is
# timed. bin/podium keeps its class-data sharing archive next to that copy (target/bench/podium.jsa).
if [ -z "${NO_PACKAGE:-}" ]; then
  # maven.test.skip: the benchmark needs no test classes, and a half-written test elsewhere must not stop it
  mvn -q -B package -Dmaven.test.skip=true -Dpodium.skipSite=true
fi
cp target/podium.jar "$work/podium.jar.tmp" && mv -f "$work/podium.jar.tmp" "$work/podium.jar"
export PODIUM_JAR="$work/podium.jar"

# The generator is plain JDK code: compile it on its own, so a broken test elsewhere cannot stop the benchmark.
gen_src=(src/test/java/podium/bench/{SyntheticCongress,Words,Output,PodiumProject,HugoSite}.java)
javac -encoding UTF-8 -d "$work/gen" "${gen_src[@]}"
for s in $SIZES; do
  corpus="$work/corpus/S$s"
  if [ ! -f "$corpus/.seed-$SEED" ] || [ -n "$(find "${gen_src[@]}" bench/hugo templates assets -newer "$corpus/.seed-$SEED" | head -1)" ]; then
    java -cp "$work/gen" podium.bench.SyntheticCongress "$s" "$SEED" "$corpus" .
    touch "$corpus/.seed-$SEED"
  fi
done

# One timed run: "tool S wall user sys peakKB pages load-average" appended to the results file. The output folder is
# removed before each run (untimed), so every run is a cold, full build into an empty folder.
results="$work/results-$(date +%Y%m%d-%H%M%S).tsv"
once() {  # once TOOL S RECORD [JVM options]
  local tool=$1 s=$2 record=$3 out="$work/out/$1-S$2" log="$work/time.log" status=0
  rm -rf "$out"
  if [ "$tool" = podium ]; then
    PODIUM_JAVA_OPTS="${4:-}" /usr/bin/time -f '%e %U %S %M' -o "$log" \
      bin/podium build --quiet $PODIUM_ARGS --project "$work/corpus/S$s/podium" --output "$out" || status=$?
  else
    (cd "$work/corpus/S$s/hugo" && /usr/bin/time -f '%e %U %S %M' -o "$log" \
      hugo --quiet -d "$out" --cacheDir "$work/hugo-cache") || status=$?
  fi
  if [ "$status" -ne 0 ]; then
    echo "bench: $tool failed at S=$s (exit $status)" >&2
    return "$status"
  fi
  if [ "$record" = 1 ]; then
    read -r wall user sys rss < <(tail -1 "$log")
    echo "$tool $s $wall $user $sys $rss $(find "$out" -name '*.html' | wc -l) $(cut -d' ' -f1 /proc/loadavg)" >> "$results"
  fi
}

bin/podium --version >/dev/null  # creates the CDS archive if this jar has none yet (untimed)
for s in $SIZES; do
  echo "S=$s: warm-up, then $RUNS runs each, alternating" >&2
  once podium "$s" 0
  [ $have_hugo = 1 ] && once hugo "$s" 0
  for _ in $(seq "$RUNS"); do
    once podium "$s" 1
    [ $have_hugo = 1 ] && once hugo "$s" 1
  done
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1), $(hugo version 2>/dev/null | cut -d' ' -f2)"
echo "podium flags: $(grep -o '^  -[^ ]*\( -[^ ]*\)*' bin/podium | tr -s ' \n' ' ') ${PODIUM_ARGS}"
python3 bench/table.py "$results"

if [ $MEMORY = 1 ]; then
  [ -d "$work/corpus/S3000" ] || { echo "bench: --memory needs S=3000 in SIZES" >&2; exit 2; }
  if once podium 3000 0 -Xmx512m; then
    echo "memory: S=3000 with -Xmx512m succeeded ($(tail -1 "$work/time.log" | awk '{printf "%.2f s, peak RSS %d MB", $1, $4/1024}'))"
  else
    echo "memory: S=3000 with -Xmx512m FAILED"
    exit 1
  fi
fi
