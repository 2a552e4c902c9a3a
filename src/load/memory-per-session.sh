#!/usr/bin/env bash
# Heap per logged-in session with the directory open (issue 13, point 3; docs/benchmarks.md,
# "Memory per session"). Starts the packaged jar on a fresh data directory, warms it up, reads the
# live heap after full GCs (H0), holds N sessions of MemorySimulation open (login, start page,
# directory with its first rows, the push WebSocket if the server has push on for the page) and
# reads it again (H1), then lets the sessions expire and reads it a third time (H2: no leak when it
# is back near H0). Class histograms of all three are kept in the output folder. Loopback only.
# PORT (default 18555) and APP_JAR (default: this checkout's jar) choose the port and the build.
#
#   ./mvnw -B -Pload package                    # once: the jar and the load classes (no tests run)
#   src/load/memory-per-session.sh [N=60] [OUT=target/memory]
set -euo pipefail
N=${1:-60}
OUT=${2:-target/memory}
PORT=${PORT:-18555}
WARMUP=${WARMUP:-10}
TIMEOUT_MIN=${SESSION_TIMEOUT_MIN:-2}
JAVA=${JAVA:-java}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
JAR=$OUT/app.jar
cp "${APP_JAR:-target/ddn-network-0.1.0-SNAPSHOT.jar}" "$JAR"
DATA=$(mktemp -d)

"$JAVA" -Xmx2g -jar "$JAR" --server.port="$PORT" --app.data-dir="$DATA" \
    --app.demo-data.load-members=$((N + WARMUP)) --app.security.proxy.trusted=127.0.0.1,::1 \
    --server.servlet.session.timeout="${TIMEOUT_MIN}m" >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until grep -q "Loaded load-test members" "$OUT/app.log"; do
    kill -0 $APP || { echo "app died, see $OUT/app.log"; exit 1; }
    sleep 2
done

live_heap() { # used heap in KB after two full GCs, and a class histogram
    jcmd $APP GC.run >/dev/null; sleep 1; jcmd $APP GC.run >/dev/null; sleep 1
    jcmd $APP GC.class_histogram >"$OUT/histogram-$1.txt"
    jcmd $APP GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}' | tr -d K
}

# Gatling runs in a JVM of its own, on the load profile's test classpath
# (LOAD_CP overrides it, e.g. for classes compiled elsewhere).
if [ -z "${LOAD_CP:-}" ]; then
    ./mvnw -B -q -o -Pload dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
    LOAD_CP="target/test-classes:$(cat "$OUT/classpath.txt")"
fi

simulate() { # users hold-seconds first-member
    "$JAVA" --add-opens=java.base/java.lang=ALL-UNNAMED -Xmx512m -cp "$LOAD_CP" \
        -Dload.baseUrl="http://127.0.0.1:$PORT" -Dload.users="$1" -Dload.seconds="$1" \
        -Dload.holdSeconds="$2" -Dload.firstMember="$3" \
        io.gatling.app.Gatling --simulation de.ddnhamburg.network.load.MemorySimulation \
        --results-folder "$OUT/gatling" >>"$OUT/gatling.log" 2>&1
}

# Warm-up sessions (classes, JIT, caches), which then expire before H0.
simulate "$WARMUP" 1 1
sleep $(( TIMEOUT_MIN * 60 + 70 ))
H0=$(live_heap before)
RAMP=$N   # one login per second: Argon2 on two shared cores
: >"$OUT/gatling.log"
simulate "$N" $(( RAMP + 90 )) $(( WARMUP + 1 )) &
SIM=$!
# H1 once every session shows the directory and, where the server switched push on for it (before
# push was switched per page, it was on everywhere), has its push connection open; Gatling's
# console counts both. Well before the first session could expire.
counted() { grep -Eq "$1 +\| +$N +\|" "$OUT/gatling.log" || grep -Eq "$1.*OK=$N " "$OUT/gatling.log"; }
all_held() {
    counted "db: directory page" || return 1
    ! grep -q "push: open" "$OUT/gatling.log" || counted "push: open"
}
until all_held; do
    kill -0 $SIM 2>/dev/null || { echo "simulation ended early, see $OUT/gatling.log"; exit 1; }
    sleep 2
done
H1=$(live_heap with-sessions)
wait $SIM || echo "simulation reported failures, see $OUT/gatling.log"
sleep $(( TIMEOUT_MIN * 60 + 70 ))
H2=$(live_heap after-expiry)
PUSHED=$(grep -E "push: open" "$OUT/gatling.log" | tail -1 | tr -s ' ' || true)
{
    echo "sessions: $N (each logged in, directory open); push connections: ${PUSHED:-none}"
    echo "live heap before: ${H0} KB, with sessions: ${H1} KB, after they expired: ${H2} KB"
    echo "per session: $(( (H1 - H0) / N )) KB; after expiry: $(( H2 - H0 )) KB above before"
    # What the sessions alone hold: Tomcat keeps the request processors that the concurrent logins
    # made it create (its processor cache, up to server.tomcat.processor-cache) after they expire.
    echo "per session against the heap after expiry: $(( (H1 - H2) / N )) KB"
} | tee "$OUT/figures.txt"
