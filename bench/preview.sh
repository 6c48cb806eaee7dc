#!/usr/bin/env bash
# The preview's latency per kind of edit (issue 20): starts `serve` on the benchmark congress through the
# launcher users run (bin/podium), then bench/preview_latency.py saves EDITS edits of each kind (a session's
# Markdown, one session in sessions.yaml, a template, an interface string) and times each from the save to the
# `reload` event an open tab receives. The server's log, with its "rebuilt in N ms" lines, is printed after.
# The corpus and jar are those bench/run.sh makes (e.g. bench/run.sh 3000 1).
#
#   bench/preview.sh [S] [EDITS]       default S=3000, 5 edits of each kind; every edited file is restored
set -euo pipefail
cd "$(dirname "$0")/.."
s="${1:-3000}"
edits="${2:-5}"
work="$PWD/target/bench"
project="$work/S$s/podium"
[ -d "$project" ] && [ -f "$work/podium.jar" ] || { echo "preview: run bench/run.sh \"$s\" 1 first" >&2; exit 2; }
log="$work/preview-S$s.log"
port="${PORT:-4123}"

PODIUM_JAR="$work/podium.jar" bin/podium serve --verbose ${PREVIEW_ARGS:-} --project "$project" --port "$port" > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT   # the port is free again when this ends
until grep -q "serving on" "$log"; do
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
# the open data follows the first build; a few more edits warm the compiler as an editing session does
python3 bench/preview_latency.py "$project" "$port" 2 "$log" >/dev/null
echo "preview at S=$s: from saving the file to the tab's reload event ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
python3 bench/preview_latency.py "$project" "$port" "$edits" "$log"
echo "--- server log"
cat "$log"
