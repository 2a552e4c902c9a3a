#!/usr/bin/env bash
# Two packaged nodes of the ddn network on one PostgreSQL database, behind nginx, on this machine.
# nginx runs with the production example's upstreams and locations (docs/ops/nginx), as the user
# who runs the script, from a work directory; nothing under /etc is touched. docs/ops/README.md.
#
#   docs/ops/run-two-nodes.sh start      # build first: ./mvnw package -DskipTests
#   docs/ops/run-two-nodes.sh status
#   docs/ops/run-two-nodes.sh kill node2 # kill -9, as a crash
#   docs/ops/run-two-nodes.sh start-node node2
#   docs/ops/run-two-nodes.sh stop
#
# Settings (environment): JAR (default: the newest target/ddn-network-*.jar), DB_URL
# (jdbc:postgresql://127.0.0.1:5432/ddn_cluster; created with createdb if missing), DB_USER
# (postgres), DB_PASSWORD (empty), PROXY_PORT (8080), WORK_DIR (target/cluster), JAVA ($JAVA_HOME/bin/java, else java; 21 or newer),
# JAVA_OPTS, NGINX (nginx, else /usr/sbin/nginx), START_TIMEOUT (seconds a node may take to start, 900). The nodes listen on 127.0.0.1:8081 and :8082, the
# addresses in nginx/ddn-network-upstreams.conf. Demo data is loaded by node1 on an empty database.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WORK_DIR:-$repo/target/cluster}"
db_url="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/ddn_cluster}"
db_user="${DB_USER:-postgres}"
db_password="${DB_PASSWORD:-}"
proxy_port="${PROXY_PORT:-8080}"
# JAVA, else the JDK of JAVA_HOME (as ./mvnw uses it), else the java on the PATH.
java="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
nginx="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
declare -A ports=([node1]=8081 [node2]=8082)

jar() {
    if [[ -n "${JAR:-}" ]]; then echo "$JAR"; return; fi
    local found
    found="$(ls -t "$repo"/target/ddn-network-*.jar 2>/dev/null | grep -v original | head -1 || true)"
    [[ -n "$found" ]] || { echo "No jar in target/: run ./mvnw package -DskipTests first" >&2; exit 1; }
    echo "$found"
}

create_database() {
    local name="${db_url##*/}"; name="${name%%\?*}"
    local hostport="${db_url#jdbc:postgresql://}"; hostport="${hostport%%/*}"
    local host="${hostport%%:*}" port="5432"
    [[ "$hostport" == *:* ]] && port="${hostport##*:}"
    if command -v psql >/dev/null; then
        if ! PGPASSWORD="$db_password" psql -h "$host" -p "$port" -U "$db_user" -d postgres -Atc \
            "select 1 from pg_database where datname = '$name'" | grep -q 1; then
            echo "Creating database $name"
            PGPASSWORD="$db_password" createdb -h "$host" -p "$port" -U "$db_user" "$name"
        fi
    fi
}

start_node() {
    local node="$1" port="${ports[$1]}"
    if [[ -f "$work/$node.pid" ]] && kill -0 "$(cat "$work/$node.pid")" 2>/dev/null; then
        echo "$node runs already (pid $(cat "$work/$node.pid"))"; return
    fi
    local demo=false
    [[ "$node" == node1 ]] && demo=true
    echo "Starting $node on 127.0.0.1:$port (log: $work/$node.log)"
    # shellcheck disable=SC2086
    SPRING_DATASOURCE_URL="$db_url" SPRING_DATASOURCE_USERNAME="$db_user" SPRING_DATASOURCE_PASSWORD="$db_password" \
        PORT="$port" SERVER_ADDRESS=127.0.0.1 APP_CLUSTER_ROUTE="$node" APP_SECURITY_PROXY_TRUSTED=127.0.0.1 \
        APP_PUBLIC_URL="http://localhost:$proxy_port" APP_DEMO_DATA="$demo" APP_DATA_DIR="$work/$node-data" \
        nohup "$java" ${JAVA_OPTS:-} -jar "$(jar)" >>"$work/$node.log" 2>&1 &
    echo $! >"$work/$node.pid"
}

await_node() {
    local node="$1" port="${ports[$1]}" started=$SECONDS
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" == 200 ]]; do
        kill -0 "$(cat "$work/$node.pid")" 2>/dev/null || { echo "$node died; see $work/$node.log" >&2; exit 1; }
        (( SECONDS - started < ${START_TIMEOUT:-900} )) || { echo "$node did not answer within ${START_TIMEOUT:-900} s" >&2; exit 1; }
        sleep 1
    done
    echo "$node answers after $((SECONDS - started)) s"
}

start_nginx() {
    mkdir -p "$work/nginx/logs" "$work/nginx/temp"
    cat >"$work/nginx/nginx.conf" <<CONF
# Written by docs/ops/run-two-nodes.sh: the production example's upstreams and locations, on plain HTTP.
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    # Which node answered: the upstream address and the session cookie's route.
    log_format ddn '\$remote_addr "\$request" \$status upstream=\$upstream_addr route=\$ddn_upstream';
    access_log $work/nginx/logs/access.log ddn;
    client_body_temp_path $work/nginx/temp/body;
    proxy_temp_path $work/nginx/temp/proxy;
    fastcgi_temp_path $work/nginx/temp/fastcgi;
    uwsgi_temp_path $work/nginx/temp/uwsgi;
    scgi_temp_path $work/nginx/temp/scgi;
    include $here/nginx/ddn-network-upstreams.conf;
    server {
        listen 127.0.0.1:$proxy_port;
        include $here/nginx/ddn-network-proxy.conf;
    }
}
CONF
    [[ "$(id -u)" == 0 ]] && sed -i '1a user root;' "$work/nginx/nginx.conf"
    "$nginx" -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf"
    "$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf"
    echo "nginx on http://127.0.0.1:$proxy_port (log: $work/nginx/logs)"
}

stop_all() {
    if [[ -f "$work/nginx/nginx.pid" ]]; then
        "$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s quit || true
    fi
    for node in node1 node2; do
        if [[ -f "$work/$node.pid" ]]; then
            kill "$(cat "$work/$node.pid")" 2>/dev/null || true
            rm -f "$work/$node.pid"
        fi
    done
}

status() {
    for node in node1 node2; do
        local state=stopped
        [[ -f "$work/$node.pid" ]] && kill -0 "$(cat "$work/$node.pid")" 2>/dev/null && state="pid $(cat "$work/$node.pid")"
        echo "$node 127.0.0.1:${ports[$node]} $state"
    done
    echo "nginx: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$proxy_port/") on http://127.0.0.1:$proxy_port/"
}

mkdir -p "$work"
case "${1:-}" in
    start)
        create_database
        start_node node1; await_node node1
        start_node node2; await_node node2
        start_nginx
        status ;;
    start-node) start_node "$2"; await_node "$2" ;;
    kill) kill -9 "$(cat "$work/$2.pid")"; echo "killed $2 (kill -9)" ;;
    stop) stop_all ;;
    status) status ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
esac
