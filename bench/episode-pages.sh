#!/usr/bin/env bash
# National-scale page benchmark: generates the synthetic data set into the machine's PostgreSQL,
# starts Homeward on it, signs in 64 users, and drives the child page, the episode page and the
# filtered open-episode list with wrk, printing p50/p95/p99 and throughput for:
#   users    64 signed-in users, each waiting a random 0-2 s between pages (THINK_MS=1000)
#   capacity 64 connections sending back to back: the most the machine serves, and the queueing
# Usage: bench/episode-pages.sh [children, default 500000] [seconds per run, default 30]
# GENERATE=no reuses the data set already in the benchmark database.
set -euo pipefail
cd "$(dirname "$0")/.."
CHILDREN=${1:-500000}
SECONDS_PER_RUN=${2:-30}
USERS=64
DB=homeward_bench
PORT=8095
PSQL="psql -h 127.0.0.1 -U postgres -qAt"
command -v wrk >/dev/null || { echo "Install wrk first: sudo apt-get install wrk" >&2; exit 1; }

export HOMEWARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB HOMEWARD_DB_USER=postgres HOMEWARD_DB_PASSWORD=
export HOMEWARD_DEMO_DATA=true HOMEWARD_LOG_FORMAT= HOMEWARD_DB_POOL_SIZE=${HOMEWARD_DB_POOL_SIZE:-8}
# 64 sign-ins in a burst from one address: above the per-address limit that protects a real deployment.
export HOMEWARD_SIGN_IN_PER_ADDRESS=1000 HOMEWARD_SIGN_IN_PER_ACCOUNT=1000
./mvnw -q -DskipTests package
JAR=$(ls target/homeward-*.jar | grep -v original | head -n 1)

if [ "${GENERATE:-yes}" != no ]; then
  $PSQL -c "drop database if exists $DB" -c "create database $DB"
  echo "== Generating $CHILDREN children"
  # A bulk load: its statements may run longer than the 30 s a page's statement is allowed.
  java -jar "$JAR" --server.port=0 --homeward.demo.synthetic-children=0 --homeward.generate.children="$CHILDREN" \
    --homeward.database.statement-timeout=0 \
    2>&1 | grep -E "Generated|ERROR" || true
fi
$PSQL -d $DB -c "select 'children', count(*) from child union all select 'episodes', count(*) from episode
                 union all select 'open episodes', count(*) from episode where located_at is null" | tr '|' ' '

java ${JAVA_OPTS:--Xmx512m} -jar "$JAR" --server.port=$PORT > /tmp/homeward-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/readyz" >/dev/null && break; sleep 1; done

WORK=$(mktemp -d)
# 64 separate sessions, spread over the roles that open these pages.
for i in $(seq 1 $USERS); do
  user=$(echo coordinator police socialworker manager | cut -d' ' -f$(( i % 4 + 1 )))
  jar="$WORK/cookies-$i"
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" \
    -d "username=$user&password=homeward-demo" "http://localhost:$PORT/sign-in"
  session="SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
  # A session that did not sign in would be sent to the sign-in page: stop rather than measure that.
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "http://localhost:$PORT/")" = 200 ] \
    || { echo "$user could not sign in (session $i)" >&2; exit 1; }
  echo "$session" >> "$WORK/cookies"
done
export COOKIES="$WORK/cookies"

# Only children every signed-in user may open (South Gloucestershire's and Avon and Somerset Police's):
# a page refused is not a page served, and pages.lua fails the run on any answer but 2xx.
SOUTH_GLOS=6513270e-269e-0d37-f2a7-4de452e6b438
AVON_AND_SOMERSET=9531985d-5d9d-c9f8-1818-e811892f902b
OPENED="select child_id from child_involvement where agency_id = '$SOUTH_GLOS'
        intersect select child_id from child_involvement where agency_id = '$AVON_AND_SOMERSET'"
$PSQL -d $DB -c "select '/children/' || child_id from ($OPENED) o order by random() limit 2000" > "$WORK/children"
$PSQL -d $DB -c "select '/episodes/' || e.id from episode e where e.child_id in ($OPENED)
                  order by random() limit 2000" > "$WORK/episodes"
[ -s "$WORK/children" ] && [ -s "$WORK/episodes" ] || { echo "No child both demo agencies may open" >&2; exit 1; }
$PSQL -d $DB -c "select '/episodes?risk=' || r || c || s from unnest(array['HIGH','MEDIUM','LOW','']) r,
                   unnest(array['','&cohort=OUT_OF_AREA','&cohort=HOME','&duration=24h']) c,
                   unnest(array['&sort=RISK','&sort=LONGEST']) s" > "$WORK/lists"

PAGES=${PAGES:-children episodes lists}
# The JIT compiler needs a few minutes of every page before the figures settle (it shares the 2 cores).
for round in 1 2 3; do
  for page in $PAGES; do
    PATHS="$WORK/$page" THINK_MS=0 wrk -t2 -c8 -d20s --timeout 10s -s bench/pages.lua "http://localhost:$PORT" \
      | grep -E "^(RESULT|FAILED)" | sed "s/^/warm-up $page: /" || true
  done
done
for page in $PAGES; do
  export PATHS="$WORK/$page"
  echo "== $page: $USERS users, 0-2 s between pages (${SECONDS_PER_RUN}s)"
  THINK_MS=1000 wrk -t2 -c$USERS -d"${SECONDS_PER_RUN}s" --timeout 10s -s bench/pages.lua "http://localhost:$PORT" | grep -E "^(RESULT|FAILED)"
  echo "== $page: capacity, $USERS connections back to back (${SECONDS_PER_RUN}s)"
  THINK_MS=0 wrk -t2 -c$USERS -d"${SECONDS_PER_RUN}s" --timeout 10s -s bench/pages.lua "http://localhost:$PORT" | grep -E "^(RESULT|FAILED)"
done
