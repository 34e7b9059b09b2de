#!/usr/bin/env bash
# phlogd side by side with the ceiling and the peers, through ../shared/gopherbench: phlogd with
# config/jvm.options, limitd answering phlogd's own bytes from memory, and the peers of
# run-peers.sh (gophernicus, pygopherd, geomyidae when its source is there), all on the same copy
# of the shared seeds, one server at a time, each pinned to CPU 0 with gopherload on CPU 1, through
# gopherbench's bench.sh (the root menu and the 40 KB seed at concurrency 1 and 32). Prints one
# table: requests per second, p50/p99, server CPU per request and peak RSS/PSS, with requests per
# second and CPU per request as ratios to limitd for the same reply; errors (refused, reset, timed
# out, empty) and replies that differ from the first for their selector (bench.sh runs gopherload -v).
#
#   bash src/test/bench/side-by-side.sh [SECONDS_PER_CELL] [--no-peers]
#   JAVA_OPTS="-XX:TieredStopAtLevel=4 ..." adds JVM flags after config/jvm.options, as the
#   container does: to compare a flag set with the shipped one in the same way.
set -euo pipefail
cd "$(dirname "$0")/../../.."
secs=${1:-8}
peers=yes
[ "${2:-}" = --no-peers ] && peers=no
gb=../shared/gopherbench
[ -d "$gb" ] && [ -d ../shared/seeds ] || { echo "needs ../shared/gopherbench and ../shared/seeds" >&2; exit 2; }
tmp=$(mktemp -d)
cp -r "$gb"/. "$tmp/gb"
make -s -C "$tmp/gb" >/dev/null
PEERS=$tmp/peers
SEEDS=$(cd ../shared/seeds && pwd)
export PEERS SEEDS
out=$tmp/results
port=7310
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    [ "$peers" = yes ] && bash "$tmp/gb/run-peers.sh" stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT
bash "$tmp/gb/run-peers.sh" content >/dev/null
[ -f target/phlogd.jar ] || mvn -B -q -DskipTests package

fetch() { python3 src/test/bench/fetch.py "$1" "$2"; }
MALLOC_ARENA_MAX=2 taskset -c 0 java @config/jvm.options ${JAVA_OPTS:-} -jar target/phlogd.jar --root "$PEERS/content" --port $port \
    --rate-limit 0 --max-connections-per-ip 100000 >"$tmp/phlogd.log" 2>&1 &
pid=$!
pids+=("$pid")
fetch $port "" >"$tmp/root.bytes"
fetch $port /003_05570282aff53dba.txt >"$tmp/file40k.bytes"
echo "phlogd (30 s of warm-up)..." >&2
bash "$tmp/gb/bench.sh" -w 25 -d "$secs" -o "$out" phlogd $port $pid >/dev/null
kill $pid
for cell in root file40k; do
    sel=""
    [ $cell = file40k ] && sel=/003_05570282aff53dba.txt
    taskset -c 0 "$tmp/gb/limitd" $((port + 1)) "$tmp/$cell.bytes" &
    lpid=$!
    pids+=("$lpid")
    sleep 1
    echo "limitd ($cell)..." >&2
    bash "$tmp/gb/bench.sh" -w 3 -d "$secs" -o "$out" -s "$cell=$sel" "limitd-$cell" $((port + 1)) $lpid >/dev/null
    kill $lpid
done
if [ "$peers" = yes ]; then
    if bash "$tmp/gb/run-peers.sh" install >"$tmp/install.log" 2>&1 && bash "$tmp/gb/run-peers.sh" start >/dev/null 2>&1; then
        while read -r name pport pidfile; do
            echo "$name..." >&2
            bash "$tmp/gb/bench.sh" -w 3 -d "$secs" -o "$out" "$name" "$pport" "$pidfile" >/dev/null 2>&1 \
                || echo "$name: could not be measured (see gopherbench's log)" >&2
        done < <(bash "$tmp/gb/run-peers.sh" ports)
    else
        echo "the peers could not be installed or started; see run-peers.sh" >&2
    fi
fi
echo "$(date -u +%F), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $secs s per cell"
python3 - "$out/results.csv" <<'EOP'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
def cpu(r): return float(r["server_cpu_busy_pct"]) / 100 / max(float(r["rps"]), 1e-9) * 1e6
ceiling = {(r["selector"], r["conc"]): r for r in rows if r["peer"].startswith("limitd")}
print(f"{'server':20} {'cell':8} {'c':>3} {'req/s':>9} {'x limitd':>8} {'p50 ms':>7} {'p99 ms':>7} {'CPU/req':>9} {'x limitd':>8} {'RSS/PSS MB':>11} errors/mismatched")
for r in rows:
    l = ceiling.get((r["selector"], r["conc"]))
    ratio = f"{float(r['rps']) / float(l['rps']):.2f}" if l else ""
    cratio = f"{cpu(r) / cpu(l):.2f}" if l else ""
    mem = f"{int(r['load_tree_rss_max_kb']) / 1000:.0f}/{int(r['load_tree_pss_max_kb']) / 1000:.0f}" if r["load_tree_rss_max_kb"] not in ("", "NA") else "?"
    print(f"{r['peer']:20} {r['selector']:8} {r['conc']:>3} {float(r['rps']):9.0f} {ratio:>8} {r['p50_ms']:>7} {r['p99_ms']:>7} {cpu(r):7.1f}us {cratio:>8} {mem:>11} {r['errors']}/{r['mismatch'] or '?'}")
EOP
