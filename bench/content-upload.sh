#!/usr/bin/env bash
# Upload throughput and server heap while a large file streams through POST /api/v1/content/uploads.
#
#   bench/content-upload.sh [base-url] [size-MiB] [server-pid]
#
# Defaults: http://127.0.0.1:8105, 2048 MiB, the pid of a running "java -jar .../vidsynt.jar". Needs curl and jcmd
# (same user as the server). Credentials: BENCH_USER / BENCH_PASSWORD (default: the demo author anne).
# The file is a valid WebM header followed by zeros, so it passes the type check and is stored like a real film.
set -euo pipefail

BASE=${1:-http://127.0.0.1:8105}
SIZE_MIB=${2:-2048}
PID=${3:-$(pgrep -f 'vidsynt.jar' | head -n 1 || true)}
USER_NAME=${BENCH_USER:-anne}
PASSWORD=${BENCH_PASSWORD:-vidsynt-demo}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if [ -z "$PID" ]; then
  echo "No running VidSynt server found; pass its pid as the third argument." >&2
  exit 2
fi

FILE="$WORK/bench.webm"
cat "$HERE/../app/src/test/resources/content/clip.webm" > "$FILE"
truncate -s "${SIZE_MIB}M" "$FILE"
BYTES=$(stat -c %s "$FILE")

heap_used_kib() {
  # "garbage-first heap   total 262144K, used 81234K [...]"
  jcmd "$PID" GC.heap_info 2>/dev/null | sed -n 's/.*heap.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -n 1
}

jcmd "$PID" GC.run > /dev/null
sleep 1
BASELINE=$(heap_used_kib)
echo "$BASELINE" > "$WORK/samples"
(
  while true; do
    heap_used_kib >> "$WORK/samples"
    sleep 0.5
  done
) &
SAMPLER=$!

START=$(date +%s.%N)
STATUS=$(curl -sS -o "$WORK/response.json" -w '%{http_code}' -u "$USER_NAME:$PASSWORD" \
  -F "file=@$FILE;filename=bench.webm;type=video/webm" -F "title=Benchmark $(date +%s)" "$BASE/api/v1/content/uploads")
END=$(date +%s.%N)
kill "$SAMPLER" 2>/dev/null || true
wait "$SAMPLER" 2>/dev/null || true

PEAK=$(sort -n "$WORK/samples" | tail -n 1)
SECONDS_TAKEN=$(echo "$END - $START" | bc -l)
MIB=$(echo "$BYTES / 1048576" | bc -l)
printf 'HTTP status:            %s\n' "$STATUS"
printf 'Uploaded:               %.0f MiB in %.1f s\n' "$MIB" "$SECONDS_TAKEN"
printf 'Throughput:             %.1f MiB/s\n' "$(echo "$MIB / $SECONDS_TAKEN" | bc -l)"
printf 'Heap used before:       %.1f MiB (after a full GC)\n' "$(echo "$BASELINE / 1024" | bc -l)"
printf 'Heap used, peak:        %.1f MiB (%s samples; includes garbage not yet collected)\n' \
  "$(echo "$PEAK / 1024" | bc -l)" "$(wc -l < "$WORK/samples")"
printf 'Heap growth (peak-base): %.1f MiB (goal: under 64 MiB)\n' "$(echo "($PEAK - $BASELINE) / 1024" | bc -l)"
head -c 300 "$WORK/response.json"; echo
[ "$STATUS" = "201" ]
