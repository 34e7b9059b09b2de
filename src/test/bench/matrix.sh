#!/usr/bin/env bash
# The standard benchmark matrix: phlogd pinned to CPU 0 with config/jvm.options, the load (our own
# LoadGenerator) pinned to CPU 1, on the bundled hole. Cells: the root menu and the largest entry
# at concurrency 1 and 32, a search and a tag menu at 32. Prints one table with requests per
# second, p50/p99, errors and peak RSS. With ../shared/gopherbench beside the project it goes on
# with side-by-side.sh: phlogd, limitd (the C ceiling, answering the same bytes from memory) and the
# peers of run-peers.sh on the shared seeds, in the same run, with ratios to limitd.
#
#   bash src/test/bench/matrix.sh [SECONDS_PER_CELL]
#   JAVA_OPTS="-XX:TieredStopAtLevel=4 ..." adds JVM flags after config/jvm.options, as the
#   container does: to compare a flag set with the shipped one in the same way.
set -euo pipefail
cd "$(dirname "$0")/../../.."
secs=${1:-10}
port=7300
mvn -B -q -DskipTests package
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/test-classes:target/classes:$(cat target/cp.txt)"
load() { taskset -c 1 java -cp "$cp" dev.phlogd.bench.LoadGenerator 127.0.0.1 "$@"; }
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }

MALLOC_ARENA_MAX=2 taskset -c 0 java @config/jvm.options ${JAVA_OPTS:-} -jar target/phlogd.jar --root gopherhole --port $port \
    --rate-limit 0 --max-connections-per-ip 100000 >/tmp/phlogd-bench.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
sleep 3
entry=$(ls -S gopherhole/phlog/*.md | head -1 | sed 's|gopherhole||; s|\.md$||')
tag=$(python3 - "$port" <<'EOP'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1]))); s.sendall(b"/.tags/\r\n"); out = b""
while (d := s.recv(65536)): out += d
print(next(l.split("\t")[1] for l in out.decode().split("\r\n") if l.startswith("1")))
EOP
)
echo "warming up for 20 s"; load $port 8 20 "" "$entry" "$tag" >/dev/null
peak=0
sample() { while kill -0 $pid 2>/dev/null; do r=$(awk '/VmRSS/{print $2}' /proc/$pid/status); [ "$r" -gt "$peak" ] && peak=$r && echo $peak > /tmp/phlogd-bench.peak; sleep 0.2; done; }
sample & spid=$!

printf '%-14s %4s %10s %9s %9s %s\n' cell conc "req/s" "p50 ms" "p99 ms" errors
declare -A rps
for cell in "root:1:" "root:32:" "entry:1:$entry" "entry:32:$entry" "search:32:/.search	lamp" "tag:32:$tag"; do
    name=${cell%%:*}; rest=${cell#*:}; c=${rest%%:*}; sel=${rest#*:}
    out=$(load $port "$c" "$secs" "$sel")
    rps[$name:$c]=$(echo "$out" | field rps)
    printf '%-14s %4s %10s %9s %9s %s\n' "$name" "$c" "${rps[$name:$c]}" "$(echo "$out" | field p50_ms)" \
        "$(echo "$out" | field p99_ms)" "$(echo "$out" | sed -n 's/.*errors=\(.*\)/\1/p')"
done
kill $spid 2>/dev/null || true
echo "peak RSS under load: $(cat /tmp/phlogd-bench.peak 2>/dev/null || echo '?') kB (PSS: $(awk '/^Pss:/{print $2}' /proc/$pid/smaps_rollup 2>/dev/null) kB now)"

kill $pid 2>/dev/null || true
if [ -d ../shared/gopherbench ]; then
    # The same run goes on with the ceiling and the peers, on the shared seeds, through gopherbench.
    bash src/test/bench/side-by-side.sh "$secs"
fi
