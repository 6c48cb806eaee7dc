#!/usr/bin/env bash
# The preview's rebuild time (issues 7 and 8): starts `serve` on the benchmark congress, appends a sentence to
# EDITS session descriptions one after the other, and prints the server's log, whose "rebuilt in N ms" lines
# are the figures. The corpus and jar are those bench/run.sh makes (e.g. bench/run.sh 3000 1).
#
#   bench/preview.sh [S] [EDITS]       default S=3000, 5 edits; the edited files are restored afterwards
set -euo pipefail
cd "$(dirname "$0")/.."
s="${1:-3000}"
edits="${2:-5}"
work="$PWD/target/bench"
project="$work/S$s/podium"
[ -d "$project" ] && [ -f "$work/podium.jar" ] || { echo "preview: run bench/run.sh \"$s\" 1 first" >&2; exit 2; }
log="$work/preview-S$s.log"
port="${PORT:-4123}"
backup="$(mktemp -d)"

java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$work/podium.jar" serve --project "$project" --port "$port" \
  > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; cp "$backup"/*.md "$project/content/bench/fr/sessions/" 2>/dev/null || true; rm -rf "$backup"' EXIT
until grep -q "built in" "$log"; do
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
sleep 5
for n in $(seq 1 "$edits"); do
  file="$(ls "$project"/content/bench/fr/sessions/*.md | sed -n "$((n * 37))p")"
  cp "$file" "$backup/"
  echo "Une phrase ajoutée pendant la mesure $n." >> "$file"
  # wait for the background rebuild to finish before the next edit
  for _ in $(seq 1 120); do
    [ "$(grep -c "whole site up to date\|rebuilt in" "$log")" -ge $((2 * n)) ] && break
    sleep 0.5
  done
done
cat "$log"
