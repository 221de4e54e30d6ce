#!/usr/bin/env bash
# National-scale benchmark of Homeward's pages, one command: generates the synthetic data set into the
# machine's PostgreSQL (database homeward_bench) or reuses it, starts Homeward on it with the documented
# heap, signs in users of the roles that open each page, and drives every page with wrk at two loads:
#   users     64 connections (fewer for insight: see the plan), each a signed-in user waiting between pages
#   capacity  connections sending back to back: the most the machine serves, its latency being queueing
# Every request is a real page (session, record, audit entry, rendering); any answer that is not 2xx or a
# request not answered within 10 s fails the run. Prints one table: p50/p95/p99 and pages/s beside targets.
# Usage: bench/run.sh [children, default 500000] [seconds per run, default 30]
#   GENERATE=yes regenerates; by default an existing homeward_bench is reused. AUTHORITIES (default 150)
#   spreads the children across that many councils: 5 is one partnership, 150 England.
#   PAGES="child episode ..." runs only those pages (names as in the table). NO_BUILD=1 runs the jar already built.
set -euo pipefail
cd "$(dirname "$0")/.."
CHILDREN=${1:-500000}
SECONDS_PER_RUN=${2:-30}
USERS=64
DB=homeward_bench
PORT=8095
PSQL="psql -h 127.0.0.1 -U postgres -qAt"
HEAP=${HEAP:--Xmx512m}
command -v wrk >/dev/null || { echo "Install wrk first: apt-get install wrk" >&2; exit 1; }

export HOMEWARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB HOMEWARD_DB_USER=postgres HOMEWARD_DB_PASSWORD=
export HOMEWARD_DEMO_DATA=true HOMEWARD_LOG_FORMAT=
# Sign-ins in a burst from one address: above the per-address limit that protects a real deployment.
export HOMEWARD_SIGN_IN_PER_ADDRESS=10000 HOMEWARD_SIGN_IN_PER_ACCOUNT=10000
[ -n "${NO_BUILD:-}" ] || ./mvnw -q -DskipTests package
JAR=$(ls target/homeward-*.jar | grep -v original | head -n 1)

exists=$($PSQL -c "select count(*) from pg_database where datname = '$DB'")
if [ "${GENERATE:-no}" = yes ] || [ "$exists" = 0 ]; then
  $PSQL -c "drop database if exists $DB" -c "create database $DB"
  echo "== Generating $CHILDREN children"
  # A bulk load: its statements may run longer than the 30 s a page's statement is allowed.
  java -jar "$JAR" --server.port=0 --homeward.demo.synthetic-children=0 --homeward.generate.children="$CHILDREN" \
    --homeward.generate.authorities="${AUTHORITIES:-150}" --homeward.dashboard.summaries.scheduled=false \
    --homeward.oversight.escalation.scheduled=false --homeward.mail.outbox.scheduled=false \
    --homeward.meetings.long-episode-check=PT24H --homeward.database.statement-timeout=0 2>&1 | grep -E "Generated|Synthetic|ERROR" || true
fi
$PSQL -d $DB -c "select 'children', count(*) from child union all select 'episodes', count(*) from episode
                 union all select 'open episodes', count(*) from episode where located_at is null" | tr '|' ' '

STARTED=$($PSQL -c "select now()")
java $HEAP -jar "$JAR" --server.port=$PORT > /tmp/homeward-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do curl -sf "http://localhost:$PORT/readyz" >/dev/null && break; sleep 1; done
curl -sf "http://localhost:$PORT/readyz" >/dev/null || { echo "Homeward did not start" >&2; tail -50 /tmp/homeward-bench.log >&2; exit 1; }
# A database in use has been vacuumed by autovacuum since its last bulk change, including what the migrations
# just rebuilt (index-only scans rely on it).
$PSQL -d $DB -c "vacuum analyze" 2>/dev/null || true
# The dashboards read what Homeward counts after it starts: measure them once it has counted everything, and
# once its first counts since starting are done (they would otherwise share the cores with the first runs).
for _ in $(seq 1 3600); do
  [ "$($PSQL -d $DB -c "select (select count(*) from dashboard_refresh where full_pass_at is not null)
                              + (select count(*) from insight_refresh where full_pass_at is not null)")" = 2 ] && break
  sleep 1
done
for _ in $(seq 1 900); do
  [ "$($PSQL -d $DB -c "select (select count(*) from dashboard_refresh where refreshed_at > '$STARTED')
                              + (select count(*) from insight_refresh where refreshed_at > '$STARTED')")" = 2 ] && break
  sleep 1
done
# What the full counts rewrote is vacuumed, as autovacuum would have done by the morning after a nightly count.
$PSQL -d $DB -c "vacuum analyze" 2>/dev/null || true

WORK=$(mktemp -d)
# Sessions per role: USERS/4 people of each, each signed in separately; a line is the cookie and the
# session's CSRF token (for the search form).
sign_in() {
  local role=$1 count=$2
  for i in $(seq 1 "$count"); do
    local jar="$WORK/jar-$role-$i"
    local token
    token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" \
      -d "username=$role&password=homeward-demo" "http://localhost:$PORT/sign-in"
    local session="SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
    local form
    form=$(curl -s -H "Cookie: $session" -w '\n%{http_code}' "http://localhost:$PORT/")
    # A session that did not sign in would be sent to the sign-in page: stop rather than measure that.
    [ "$(echo "$form" | tail -n 1)" = 200 ] || { echo "$role could not sign in (session $i)" >&2; exit 1; }
    token=$(grep -m 1 -o 'name="_csrf" value="[^"]*"' <<< "$form" | sed 's/.*value="//;s/"//')
    printf '%s\t%s\n' "$session" "$token" >> "$WORK/sessions-$role"
  done
}
PER_ROLE=$((USERS / 4))
for role in coordinator police socialworker manager analyst; do sign_in $role $PER_ROLE; done
cat "$WORK"/sessions-{coordinator,police,socialworker,manager} > "$WORK/sessions-mixed"

# Only records every signed-in user may open (South Gloucestershire's, in Avon and Somerset Police's area):
# a page refused is not a page served.
SOUTH_GLOS=6513270e-269e-0d37-f2a7-4de452e6b438
AVON_AND_SOMERSET=9531985d-5d9d-c9f8-1818-e811892f902b
OPENED="select child_id from involvement where agency_id = '$SOUTH_GLOS' and (until is null or until > now())
        intersect select child_id from involvement where agency_id = '$AVON_AND_SOMERSET'
        and (until is null or until > now())"
$PSQL -d $DB -c "select '/children/' || child_id from ($OPENED) o order by random() limit 2000" > "$WORK/child"
$PSQL -d $DB -c "select '/episodes/' || e.id from episode e where e.child_id in ($OPENED)
                  order by random() limit 2000" > "$WORK/episode"
[ -s "$WORK/child" ] && [ -s "$WORK/episode" ] || { echo "No child both demo agencies may open" >&2; exit 1; }
$PSQL -d $DB -c "select '/episodes?risk=' || r || c || s from unnest(array['HIGH','MEDIUM','LOW','']) r,
                   unnest(array['','&cohort=OUT_OF_AREA','&cohort=HOME','&duration=24h']) c,
                   unnest(array['&sort=RISK','&sort=LONGEST']) s" > "$WORK/missing-now"
echo "/episodes/coordinator" > "$WORK/coordinator"
printf '%s\n' /return-interviews "/return-interviews?sort=latest" "/return-interviews?due=overdue" > "$WORK/return-interviews"
echo "/meetings" > "$WORK/meetings"
echo "/dashboard" > "$WORK/dashboard-28-days"
FROM=$(date -d '-1 year +1 day' +%d/%m/%Y); TO=$(date +%d/%m/%Y)
IFS=/ read -r fd fm fy <<< "$FROM"; IFS=/ read -r td tm ty <<< "$TO"
YEAR="fromDay=$fd&fromMonth=$fm&fromYear=$fy&toDay=$td&toMonth=$tm&toYear=$ty"
echo "/dashboard?$YEAR" > "$WORK/dashboard-year"
echo "/return-interviews/measures" > "$WORK/measures"
# Insight for a year: one council's (a manager's view: a local partnership) and every council's (the analyst's).
echo "/insight?$YEAR" > "$WORK/insight-council-year"
echo "/insight?$YEAR" > "$WORK/insight-national-year"
# The other insight pages for a year, and the lists behind the dashboard's figures (a manager's).
for page in why definition places places/people places/network impact; do
  name=${page#places/}
  echo "/insight/$page?$YEAR" > "$WORK/insight-$name-council-year"
  echo "/insight/$page?$YEAR" > "$WORK/insight-$name-national-year"
done
printf "/insight/episodes?$YEAR%s\n" "" "&measure=REPEAT_CHILDREN" "&measure=HARM_FOUND" "&measure=STILL_MISSING" \
  "&dimension=SEX&value=F&dimension=AGE&value=13_15" "&interview=all" "&interview=rhi-push-factor&code=HOME_PROBLEMS" \
  > "$WORK/insight-episodes"
echo "POST /children/search q=Jaden+Smith" > "$WORK/search-name"
echo "POST /children/search q=Jaden+12%2F4%2F2011" > "$WORK/search-name-and-birth"
# Subject access: the children with the most episodes, each with a request recorded, as the export needs.
MANAGER=$($PSQL -d $DB -c "select id from user_account where username = 'manager'")
$PSQL -d $DB -c "select e.child_id from episode e where e.child_id in ($OPENED) group by e.child_id
                 order by count(*) desc limit 20" > "$WORK/sar-children"
while read -r child; do
  $PSQL -d $DB -c "insert into subject_access_request (id, child_id, requester_kind, requester_name, received_on,
                     identity_checked, due_on, recorded_by, recorded_at)
                   select gen_random_uuid(), '$child', 'CHILD', 'Benchmark request', current_date, true,
                          current_date + 30, '$MANAGER', now()
                    where not exists (select 1 from subject_access_request where child_id = '$child')"
  echo "/children/$child/subject-access.pdf" >> "$WORK/subject-access-pdf"
done < "$WORK/sar-children"
SAR_EPISODES=$($PSQL -d $DB -c "select min(n) || '-' || max(n) from (select count(*) n from episode where child_id in
                 (select child_id::uuid from unnest(string_to_array('$(paste -sd, "$WORK/sar-children")', ',')) child_id)
                 group by child_id) c")

# page | sessions | think ms (users) | capacity connections | target | users (default 64)
# Insight's pages: a partnership's analysts and board members, a handful at once, not 64; capacity at the two
# pages insight works out at once (more only wait their turn).
cat > "$WORK/plan" <<PLAN
child|mixed|1000|64|p95 <= 25 ms, >= 500 pages/s at capacity
episode|mixed|1000|64|p95 <= 25 ms, >= 500 pages/s at capacity
missing-now|police|1000|64|p95 <= 50 ms
coordinator|coordinator|1000|64|p95 <= 50 ms
return-interviews|manager|1000|64|p95 <= 50 ms
meetings|manager|1000|64|p95 <= 50 ms
search-name|socialworker|1000|64|p95 <= 50 ms
search-name-and-birth|socialworker|1000|64|p95 <= 50 ms
dashboard-28-days|manager|30000|8|<= 300 ms
dashboard-year|manager|30000|8|<= 1 s
measures|analyst|30000|8|<= 300 ms
insight-council-year|manager|30000|2|<= 300 ms|8
insight-national-year|analyst|30000|2|<= 1 s|8
insight-why-council-year|manager|30000|2|<= 300 ms|8
insight-why-national-year|analyst|30000|2|<= 1 s|8
insight-definition-council-year|manager|30000|2|<= 300 ms|8
insight-definition-national-year|analyst|30000|2|<= 1 s|8
insight-places-council-year|manager|30000|2|<= 300 ms|8
insight-places-national-year|analyst|30000|2|<= 1 s|8
insight-people-council-year|manager|30000|2|<= 300 ms|8
insight-people-national-year|analyst|30000|2|<= 1 s|8
insight-network-council-year|manager|30000|2|<= 300 ms|8
insight-network-national-year|analyst|30000|2|<= 1 s|8
insight-impact-council-year|manager|30000|2|<= 300 ms|8
insight-impact-national-year|analyst|30000|2|<= 1 s|8
insight-episodes|manager|30000|2|<= 300 ms|8
subject-access-pdf|manager|30000|4|<= 1 s
PLAN
SELECTED=${PAGES:-$(cut -d'|' -f1 "$WORK/plan" | tr '\n' ' ')}

run() { # page sessions think connections seconds
  PATHS="$WORK/$1" SESSIONS="$WORK/sessions-$2" THINK_MS=$3 wrk -t2 -c"$4" -d"$5s" --timeout 10s \
    -s bench/pages.lua "http://localhost:$PORT" | grep -E "^(RESULT|FAILED)"
}
field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
# Requests wrk gave up on may still be running (or waiting their turn): let them finish before the next run.
settle() {
  for _ in $(seq 1 120); do
    [ "$($PSQL -d $DB -c "select count(*) from pg_stat_activity where datname = '$DB' and state = 'active'
                          and backend_type = 'client backend' and pid <> pg_backend_pid()")" = 0 ] && return
    sleep 0.5
  done
}

# The JIT compiler needs a few minutes of every page before the figures settle (it shares the 2 cores).
echo "== Warming up"
for round in 1 2; do
  while IFS='|' read -r page sessions think conns target _; do
    [[ " $SELECTED " == *" $page "* ]] || continue
    run "$page" "$sessions" 0 "$conns" 10 > /dev/null || true
    settle
  done < "$WORK/plan"
done

FAILED=0
RESULTS="$WORK/results"
while IFS='|' read -r page sessions think conns target people; do
  [[ " $SELECTED " == *" $page "* ]] || continue
  echo "== $page"
  people=${people:-$USERS}
  users=$(run "$page" "$sessions" "$think" "$people" "$SECONDS_PER_RUN") || { FAILED=1; echo "$users"; }
  settle
  capacity=$(run "$page" "$sessions" 0 "$conns" "$SECONDS_PER_RUN") || { FAILED=1; echo "$capacity"; }
  settle
  echo "$page|$think|$conns|$target|$people|$(echo "$users" | grep RESULT || echo FAILED)|$(echo "$capacity" | grep RESULT || echo FAILED)" >> "$RESULTS"
done < "$WORK/plan"

echo
echo "Homeward $(git rev-parse --short HEAD), $(date -u +%Y-%m-%d), $(nproc) cores shared by wrk, Homeward ($HEAP) and PostgreSQL"
$PSQL -d $DB -c "select to_char(count(*), 'FM999,999,999') from child" | sed 's/^/children: /'
$PSQL -d $DB -c "select to_char(count(*), 'FM999,999,999') from episode" | sed 's/^/episodes: /'
echo "subject access PDFs: children with $SAR_EPISODES episodes"
echo
echo "| page | (users) pages/s | p50 ms | p95 ms | p99 ms | capacity (connections): pages/s | p50 ms | p95 ms | p99 ms | target |"
echo "|---|---|---|---|---|---|---|---|---|---|"
while IFS='|' read -r page think conns target people users capacity; do
  if [ "$users" = FAILED ] || [ "$capacity" = FAILED ]; then
    echo "| $page | failed | | | | | | | | $target |"
    continue
  fi
  printf '| %s | (%s) %s | %s | %s | %s | (%s) %s | %s | %s | %s | %s |\n' "$page" "$people" \
    "$(field "$users" throughput)" "$(field "$users" p50)" "$(field "$users" p95)" "$(field "$users" p99)" \
    "$conns" "$(field "$capacity" throughput)" "$(field "$capacity" p50)" "$(field "$capacity" p95)" "$(field "$capacity" p99)" \
    "$target"
done < "$RESULTS"
echo
echo "Users wait 0-2 s between pages (0-60 s for dashboards, measures and subject access exports, which a person"
echo "reads for minutes). Capacity uses fewer connections for the heavy pages: 64 back to back would only queue."

# Query plans: each page opened once more with auto_explain logging every statement's plan (with timings
# and buffers) to the PostgreSQL server log, from which each page's statements are written, slowest first,
# to bench/plans/<page>.txt, and the five slowest of all to bench/plans/heaviest.txt.
if [ "${PLANS:-yes}" != no ]; then
  LOG=$($PSQL -c "select setting from pg_settings where name = 'data_directory'")/$($PSQL -c "select pg_current_logfile()")
  [ -f "$LOG" ] || LOG=$(ls -t /var/log/postgresql/*.log 2>/dev/null | head -n 1)
  [ -r "$LOG" ] || { echo "Cannot read the PostgreSQL server log for the plans" >&2; exit $FAILED; }
  $PSQL -c "alter database $DB set session_preload_libraries = 'auto_explain'" \
        -c "alter database $DB set auto_explain.log_min_duration = 0" \
        -c "alter database $DB set auto_explain.log_analyze = on" \
        -c "alter database $DB set auto_explain.log_buffers = on"
  kill $APP; wait $APP 2>/dev/null || true
  java $HEAP -jar "$JAR" --server.port=$PORT > /tmp/homeward-bench-plans.log 2>&1 &
  APP=$!
  for _ in $(seq 1 300); do curl -sf "http://localhost:$PORT/readyz" >/dev/null && break; sleep 1; done
  mkdir -p bench/plans
  : > "$WORK/all-plans"
  while IFS='|' read -r page sessions think conns target; do
    [[ " $SELECTED " == *" $page "* ]] || continue
    session=$(head -n 1 "$WORK/sessions-$sessions")
    cookie=${session%%$'\t'*}; token=${session#*$'\t'}
    line=$(head -n 1 "$WORK/$page")
    start=$(wc -l < "$LOG")
    for _ in 1 2; do  # the second, with the plan cached and the pages in memory, is the one kept
      mark=$(wc -l < "$LOG")
      if [[ $line == POST* ]]; then
        read -r _ path form <<< "$line"
        curl -s -o /dev/null -H "Cookie: $cookie" --data "$form&_csrf=$token" "http://localhost:$PORT$path"
      else
        curl -s -o /dev/null -H "Cookie: $cookie" "http://localhost:$PORT$line"
      fi
      sleep 1
    done
    tail -n +"$((mark + 1))" "$LOG" | awk -v page="$page" '
      /LOG:  duration: [0-9.]+ ms  plan:/ { if (entry != "") print entry; match($0, /duration: [0-9.]+/);
        entry = page "\t" substr($0, RSTART + 10, RLENGTH - 10) "\t" $0; next }
      /^[0-9]{4}-[0-9]{2}-[0-9]{2} / { if (entry != "") print entry; entry = ""; next }
      { line = $0; gsub(/\t/, "    ", line); if (entry != "") entry = entry "\037" line }
      END { if (entry != "") print entry }' | sort -t$'\t' -k2,2 -gr > "$WORK/plans-$page"
    cat "$WORK/plans-$page" >> "$WORK/all-plans"
    { echo "# $page: $line ($(date -u +%Y-%m-%d), $( $PSQL -d $DB -c "select to_char(count(*), 'FM999,999,999') from child") children)"
      echo "# Every statement of one request, slowest first (auto_explain, analyze and buffers)."
      head -n 8 "$WORK/plans-$page" | cut -f3 | tr '\037' '\n'; } | sed -E "s/'[^']{0,200}'/'…'/g" > "bench/plans/$page.txt"
  done < "$WORK/plan"
  { echo "# The five slowest statements while each page above was requested once ($(date -u +%Y-%m-%d)): the"
    echo "# page's own, or scheduled work (the dashboard's summaries, every 5 minutes) running at that moment."
    sort -t$'\t' -k2,2 -gr "$WORK/all-plans" > "$WORK/all-plans-sorted"
    head -n 5 "$WORK/all-plans-sorted" | while IFS=$'\t' read -r page ms plan; do
      echo; echo "## $page: $ms ms"; echo "$plan" | tr '\037' '\n'; done; } | sed -E "s/'[^']{0,200}'/'…'/g" > bench/plans/heaviest.txt
  $PSQL -c "alter database $DB reset session_preload_libraries" -c "alter database $DB reset auto_explain.log_min_duration" \
        -c "alter database $DB reset auto_explain.log_analyze" -c "alter database $DB reset auto_explain.log_buffers"
  echo "Query plans written to bench/plans/"
fi
exit $FAILED
