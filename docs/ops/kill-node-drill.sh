#!/usr/bin/env bash
# Kill one node in the middle of a registration run, and check what must survive (issue 13).
# Needs the two nodes behind nginx from run-two-nodes.sh (started with demo data, default profile,
# mails logged rather than sent) and psql. docs/ops/README.md shows a run.
#
#   docs/ops/kill-node-drill.sh [members] [seats] [threads] [kill-after-seconds]   # 40 12 6 45
#
# Creates `members` members (demo password) and one event with `seats` seats; they register
# through nginx (register-members.py); after `kill-after-seconds` node2 is killed with kill -9. Then:
# every member has exactly one registration, confirmed = seats = the event's counter (no
# overbooking), waiting positions 1..n without a gap, one confirmation mail queued per
# registration, and no mail id logged as sent twice in the nodes' logs. node2 is started again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="${WORK_DIR:-$repo/target/cluster}"
db_url="${DB_URL:-jdbc:postgresql://127.0.0.1:5432/ddn_cluster}"
db="${db_url##*/}"; db="${db%%\?*}"
hostport="${db_url#jdbc:postgresql://}"; hostport="${hostport%%/*}"
export PGHOST="${hostport%%:*}" PGPORT="${hostport##*:}" PGUSER="${DB_USER:-postgres}" PGPASSWORD="${DB_PASSWORD:-}" PGDATABASE="$db"
[[ "$PGPORT" == "$PGHOST" ]] && PGPORT=5432
members="${1:-40}" seats="${2:-12}" threads="${3:-6}" kill_after="${4:-45}"
proxy="http://127.0.0.1:${PROXY_PORT:-8080}"
run="drill$(date +%s)"
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }

echo "== $run: $members members, $seats seats, $threads at a time, node2 killed after ${kill_after} s"
# Members with the demo admin's password hash (password: ddn-demo-passwort), as the demo data has them.
sql "insert into member (version, created_at, updated_at, email, password_hash, first_name, last_name,
       search_text, status, language)
     select 0, now(), now(), '$run.' || i || '@example.org',
            (select password_hash from member where email = 'admin@ddn-hamburg.de'),
            'Drill', 'Mitglied' || i, 'drill mitglied' || i, 'ACTIVE', 'de'
     from generate_series(1, $members) i;
     insert into member_role (member_id, role) select id, 'MEMBER' from member where email like '$run.%';"
# The event: a copy of a published demo event, in person only, open now, with the given seats.
columns="$(sql "select string_agg(column_name, ',' order by ordinal_position) from information_schema.columns
                where table_schema = 'public' and table_name = 'event' and column_name <> 'id'")"
event="$(sql "insert into event ($columns) select $columns from event where status = 'PUBLISHED'
              order by id limit 1 returning id")"
sql "update event set title = 'Drill $run', format = 'IN_PERSON', venue = 'Rathaus Hamburg', online_link = null,
       in_person_capacity = $seats, online_capacity = null, in_person_taken = 0, online_taken = 0,
       starts_at = now() + interval '7 days', ends_at = now() + interval '7 days 2 hours',
       registration_opens_at = now() - interval '1 minute', registration_closes_at = null, status = 'PUBLISHED'
     where id = $event"
[[ "$(sql "select count(*) from information_schema.columns where table_name = 'event' and column_name = 'audience'")" == 1 ]] \
    && sql "update event set audience = 'MEMBERS' where id = $event"
sql "select email from member where email like '$run.%' order by id" >"$work/$run.emails"
mails_before="$(grep -h -c 'is logged instead of sent' "$work"/node*.log | awk '{s+=$1} END {print s+0}')"

python3 "$here/register-members.py" --base "$proxy" --event "$event" --password ddn-demo-passwort \
    --emails "@$work/$run.emails" --threads "$threads" >"$work/$run.out" 2>"$work/$run.err" &
client=$!
sleep "$kill_after"
echo "-- $(grep -c . "$work/$run.out" || true) members done; kill -9 node2"
"$here/run-two-nodes.sh" kill node2
wait "$client"
tail -1 "$work/$run.out"
echo "-- members that had to log in again: $(grep -c 'attempts=[2-9]' "$work/$run.out" || true)"
grep 'attempts=[2-9]' "$work/$run.out" | head -5 || true

echo "== checks in the database"
sql "select 'registrations ' || count(*) || ', members with one ' || count(distinct member_id) ||
            ', confirmed ' || count(*) filter (where status = 'CONFIRMED') ||
            ', waiting ' || count(*) filter (where status = 'WAITLISTED') ||
            ', counter ' || (select in_person_taken from event where id = $event) || ' of $seats'
     from event_registration where event_id = $event"
sql "select 'waiting positions 1..n without gap: ' ||
            coalesce(bool_and(waiting_position = n), true)
     from (select waiting_position, row_number() over (order by waiting_position) n
           from event_registration where event_id = $event and status = 'WAITLISTED') w"
sql "select 'members without a registration: ' || count(*) from member m where m.email like '$run.%'
     and not exists (select 1 from event_registration r where r.member_id = m.id and r.event_id = $event)"
sql "select 'confirmation mails queued: ' || count(*) || ' for ' ||
            (select count(*) from event_registration where event_id = $event) || ' registrations'
     from outbox_mail o join event_registration r on o.fact_key like 'event.registered:' || r.id || ':%'
     where r.event_id = $event"
echo "-- waiting 25 s for the outbox sender on the surviving node"
sleep 25
sql "select 'outbox: ' || string_agg(status || ' ' || n, ', ') from (select status, count(*) n from outbox_mail group by status) s"
logged="$(grep -h -o 'mail [0-9]* is logged instead of sent' "$work"/node*.log | sort)"
echo "mails logged as sent: $(echo "$logged" | grep -c . ) (before the run: $mails_before); sent twice: $(echo "$logged" | uniq -d | grep -c . || true)"
echo "== starting node2 again"
"$here/run-two-nodes.sh" start-node node2
