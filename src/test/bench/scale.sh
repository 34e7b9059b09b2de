#!/usr/bin/env bash
# phlogd on a synthetic hole of 10,000 entries (or the number given), as users run it: the jar with
# config/jvm.options (pinned to CPU 0 once started), the reply cache off (every reply built as from a cold cache),
# the load pinned to CPU 1 in a process of its own, one request at a time. Prints the start-up
# (the server's own line, and the time from launch to its first reply) and the p50/p90 of the root,
# a folder, the largest tag menu and searches, through ../shared/gopherbench's gopherload when it
# is there (a C client: what it adds to a reply is least), else through LoadGenerator.
# Then stops it and starts it again, for a restart's start-up (the index kept in the state folder).
# ScaleBenchmark measures the same in one process, with the heap and a change becoming visible.
#
#   bash src/test/bench/scale.sh [ENTRIES] [SECONDS_PER_CELL]
#   JAVA_OPTS="-XX:TieredStopAtLevel=4 ..." adds JVM flags after config/jvm.options, as the
#   container does: to compare a flag set with the shipped one in the same way.
set -euo pipefail
cd "$(dirname "$0")/../../.."
entries=${1:-10000}
secs=${2:-4}
port=7320
[ -f target/phlogd.jar ] || mvn -B -q -DskipTests package
[ -f target/cp.txt ] && [ -d target/test-classes ] \
    || mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT
java -cp "$cp" dev.phlogd.bench.SyntheticHole "$tmp/hole" "$entries"

gb=../shared/gopherbench
if [ -d "$gb" ]; then
    cp -r "$gb"/. "$tmp/gb" && make -s -C "$tmp/gb" >/dev/null
    client="gopherload"
    load() { taskset -c 1 "$tmp/gb/gopherload" -h 127.0.0.1 -p $port -c 1 -d "$1" -q -s "$2"; }
else
    client="LoadGenerator"
    load() { taskset -c 1 java -cp "$cp" dev.phlogd.bench.LoadGenerator 127.0.0.1 $port 1 "$1" "$2"; }
fi
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
fetch() { python3 src/test/bench/fetch.py "$port" "$1"; }

# Started on every CPU, as it would be (indexing parses on all cores), then pinned to CPU 0, all
# its threads, for the replies.
# serve LABEL: starts the jar (keeping its index in $tmp/state) and says how long it took to serve.
serve() {
    local launched first
    launched=$(date +%s%N)
    MALLOC_ARENA_MAX=2 java @config/jvm.options ${JAVA_OPTS:-} -jar target/phlogd.jar --root "$tmp/hole" --port $port \
        --state-dir "$tmp/state" --cache-mb 0 --rate-limit 0 --max-connections-per-ip 100000 >"$tmp/phlogd.log" 2>&1 &
    pid=$!
    fetch "" >/dev/null
    first=$(( ($(date +%s%N) - launched) / 1000000 ))
    for _ in $(seq 50); do grep -q 'started in' "$tmp/phlogd.log" && break; sleep 0.1; done
    echo "$1: $(grep -o 'indexed in [0-9]* ms[^)]*' "$tmp/phlogd.log"), $(grep -o 'started in [0-9]* ms' "$tmp/phlogd.log"), first reply $first ms after launch"
}
serve "start-up"
taskset -a -p -c 0 $pid >/dev/null
tag=$(fetch /.tags/ | python3 -c '
import sys, re
lines = [l.split("\t") for l in sys.stdin.read().split("\r\n") if l.startswith("1")]
best = max(((int(m.group(1)), l[1]) for l in lines if (m := re.search(r"\((\d+)\)$", l[0]))), default=(0, ""))
print(best[1])')
# The synthetic hole is the same for a given size: its fullest month, as ScaleBenchmark asks.
folder=/2024/06/
[ -d "$tmp/hole/2024/06" ] || folder=/
printf '%-34s %9s %9s %10s  (%s, one at a time, cache off)\n' request "p50 ms" "p90 ms" bytes "$client"
for sel in "" "$folder" "$tag" "/.search	lamp" "/.search	harbour storm" "/.search	tow" "/.search	zzz"; do
    load 2 "$sel" >/dev/null
    out=$(load "$secs" "$sel")
    bytes=$(fetch "$sel" | wc -c)
    printf '%-34s %9s %9s %10s\n' "${sel:-(root)}" "$(echo "$out" | field p50_ms)" "$(echo "$out" | field p90_ms)" "$bytes" | tr '\t' ' '
done
echo "peak RSS: $(awk '/VmHWM/{print $2}' /proc/$pid/status) kB"
# A restart: every file unchanged, taken from the index the first start kept in the state folder.
for _ in $(seq 100); do [ -f "$tmp/state/index.cache" ] && break; sleep 0.1; done
kill $pid
wait $pid 2>/dev/null || true
serve "restart"
