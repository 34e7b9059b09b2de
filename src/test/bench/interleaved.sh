#!/usr/bin/env bash
# phlogd and limitd in turns, for ratios that hold on a noisy machine: side-by-side.sh measures one
# server after the other, and this machine's speed has moved by more than a change does within
# minutes. Both stay up, pinned to CPU 0 (the one not measured is idle); gopherload on CPU 1 asks
# phlogd, then limitd (answering phlogd's own bytes from memory), for one SELECTOR at c=1 and c=32,
# ROUNDS times, through gopherbench's bench.sh. Prints each round's ratios and their medians.
#
#   bash src/test/bench/interleaved.sh [ROUNDS] [SECONDS_PER_CELL] [SELECTOR]
#   JAVA_OPTS="-XX:TieredStopAtLevel=4 ..." adds JVM flags after config/jvm.options, as the
#   container does: to compare a flag set with the shipped one in the same way.
#   FLOOR=1 keeps dev.phlogd.bench.NettyFloor up as well (a bare Netty server with the same flags,
#   answering the same bytes) and measures it in the same turns: the least any Netty server spends,
#   so the part of phlogd's CPU per request that is its own shows apart from Netty's.
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-5}
secs=${2:-5}
sel=${3:-}
gb=../shared/gopherbench
[ -d "$gb" ] && [ -d ../shared/seeds ] || { echo "needs ../shared/gopherbench and ../shared/seeds" >&2; exit 2; }
tmp=$(mktemp -d)
cp -r "$gb"/. "$tmp/gb"
make -s -C "$tmp/gb" >/dev/null
PEERS=$tmp/peers SEEDS=$(cd ../shared/seeds && pwd) bash "$tmp/gb/run-peers.sh" content >/dev/null
[ -f target/phlogd.jar ] || mvn -B -q -DskipTests package
port=7330
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"' EXIT
MALLOC_ARENA_MAX=2 taskset -c 0 java @config/jvm.options ${JAVA_OPTS:-} -jar target/phlogd.jar --root "$tmp/peers/content" \
    --port $port --rate-limit 0 --max-connections-per-ip 100000 >"$tmp/phlogd.log" 2>&1 &
pids+=($!)
phlogd=$!
python3 src/test/bench/fetch.py $port "$sel" >"$tmp/reply.bytes"
taskset -c 0 "$tmp/gb/limitd" $((port + 1)) "$tmp/reply.bytes" &
pids+=($!)
limitd=$!
servers="phlogd:$port:$phlogd limitd:$((port + 1)):$limitd"
if [ "${FLOOR:-}" = 1 ]; then
    [ -f target/cp.txt ] && [ -f target/test-classes/dev/phlogd/bench/NettyFloor.class ] \
        || mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
    MALLOC_ARENA_MAX=2 taskset -c 0 java @config/jvm.options ${JAVA_OPTS:-} \
        -cp "target/test-classes:target/classes:$(cat target/cp.txt)" dev.phlogd.bench.NettyFloor $((port + 2)) \
        "$tmp/reply.bytes" >"$tmp/floor.log" 2>&1 &
    pids+=($!)
    servers="$servers floor:$((port + 2)):$!"
    # Waited for, and checked to answer phlogd's bytes: with a slower JIT setting in JAVA_OPTS it
    # had not bound its port after a fixed second, and the warm-up load failed.
    python3 src/test/bench/fetch.py $((port + 2)) "$sel" | cmp -s - "$tmp/reply.bytes" \
        || { echo "the Netty floor does not answer phlogd's bytes" >&2; exit 1; }
    echo "Netty floor warming up (25 s)..." >&2
    taskset -c 1 "$tmp/gb/gopherload" -h 127.0.0.1 -p $((port + 2)) -c 32 -d 25 -q -s "$sel" >/dev/null
fi
echo "phlogd warming up (25 s)..." >&2
taskset -c 1 "$tmp/gb/gopherload" -h 127.0.0.1 -p $port -c 32 -d 25 -q -s "$sel" >/dev/null
for round in $(seq "$rounds"); do
    echo "round $round of $rounds..." >&2
    for server in $servers; do
        IFS=: read -r name p pid <<<"$server"
        bash "$tmp/gb/bench.sh" -w 0 -d "$secs" -s "cell=$sel" -o "$tmp/out" "$name-$round" "$p" "$pid" >/dev/null
    done
done
echo "$(date -u +%FT%H:%MZ), $(nproc) CPUs, selector \"$sel\", $rounds rounds of $secs s per cell"
python3 - "$tmp/out/results.csv" <<'EOP'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
def cpu(r): return float(r["server_cpu_busy_pct"]) / 100 / max(float(r["rps"]), 1e-9) * 1e6
by = {(r["peer"], r["conc"]): r for r in rows}
rounds = sorted({int(r["peer"].split("-")[1]) for r in rows})
cols = ("c=1 p50", "c=1 CPU", "c=32 req/s", "c=32 CPU", "c=32 p99")
print(f"{'round':>5} " + " ".join(f"{c:>10}" for c in cols) + "   (phlogd / limitd; phlogd's errors at c=1,c=32 / replies unlike the first)")
ratios = {c: [] for c in cols}
for n in rounds:
    p1, l1 = by[(f"phlogd-{n}", "1")], by[(f"limitd-{n}", "1")]
    p32, l32 = by[(f"phlogd-{n}", "32")], by[(f"limitd-{n}", "32")]
    got = {
        "c=1 p50": float(p1["p50_ms"]) / float(l1["p50_ms"]),
        "c=1 CPU": cpu(p1) / cpu(l1),
        "c=32 req/s": float(p32["rps"]) / float(l32["rps"]),
        "c=32 CPU": cpu(p32) / cpu(l32),
        "c=32 p99": float(p32["p99_ms"]) / float(l32["p99_ms"]),
    }
    for c in cols:
        ratios[c].append(got[c])
    print(f"{n:>5} " + " ".join(f"{got[c]:>9.2f}x" for c in cols) + f"   {p1['errors']},{p32['errors']} / {p1['mismatch']},{p32['mismatch']}")
print(f"{'median':>6}" + " ".join(f"{statistics.median(ratios[c]):>9.2f}x" for c in cols))
print(f"phlogd c=32: {statistics.median(cpu(by[(f'phlogd-{n}', '32')]) for n in rounds):.1f} us/request (median), "
      f"limitd {statistics.median(cpu(by[(f'limitd-{n}', '32')]) for n in rounds):.1f}")
if ("floor-1", "32") in by:
    def med(peer, conc, f): return statistics.median(f(by[(f"{peer}-{n}", conc)]) for n in rounds)
    p50 = lambda r: float(r["p50_ms"])
    fl, li, ph = med("floor", "32", cpu), med("limitd", "32", cpu), med("phlogd", "32", cpu)
    print(f"Netty floor c=32: {fl:.1f} us/request (median), {fl / li:.2f}x limitd; c=1 p50 "
          f"{med('floor', '1', p50) / med('limitd', '1', p50):.2f}x limitd; phlogd adds {ph - fl:.1f} us "
          f"({ph / fl:.2f}x the floor); floor errors {sum(int(by[(f'floor-{n}', c)]['errors']) for n in rounds for c in ('1', '32'))}")
EOP
