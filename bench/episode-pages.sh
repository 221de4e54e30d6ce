#!/usr/bin/env bash
# National-scale page benchmark: generates the synthetic data set into the machine's PostgreSQL,
# starts Homeward on it, signs in, and drives the child page, the episode page and the filtered
# open-episode list with 64 concurrent connections (wrk), printing p50/p95/p99 and throughput.
# Usage: bench/episode-pages.sh [children, default 500000] [seconds per page, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
CHILDREN=${1:-500000}
SECONDS_PER_PAGE=${2:-30}
DB=homeward_bench
PORT=8095
PSQL="psql -h 127.0.0.1 -U postgres -qAt"
command -v wrk >/dev/null || { echo "Install wrk first: sudo apt-get install wrk" >&2; exit 1; }

$PSQL -c "drop database if exists $DB" -c "create database $DB"
export HOMEWARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB HOMEWARD_DB_USER=postgres HOMEWARD_DB_PASSWORD=
export HOMEWARD_DEMO_DATA=true HOMEWARD_LOG_FORMAT= HOMEWARD_DB_POOL_SIZE=${HOMEWARD_DB_POOL_SIZE:-20}
./mvnw -q -DskipTests package
JAR=$(ls target/homeward-*.jar | grep -v original | head -n 1)

echo "== Generating $CHILDREN children"
java -jar "$JAR" --server.port=0 --homeward.demo.synthetic-children=0 --homeward.generate.children="$CHILDREN" \
  2>&1 | grep -E "Generated|ERROR" || true
$PSQL -d $DB -c "select 'children', count(*) from child union all select 'episodes', count(*) from episode
                 union all select 'open episodes', count(*) from episode where located_at is null" | tr '|' ' '

java -jar "$JAR" --server.port=$PORT > /tmp/homeward-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done

JAR_COOKIES=$(mktemp)
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://localhost:$PORT/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null --data-urlencode "_csrf=$TOKEN" \
  -d "username=coordinator&password=homeward-demo" "http://localhost:$PORT/sign-in"
export COOKIE="SESSION=$(awk '$6 == "SESSION" {print $7}' "$JAR_COOKIES")"

WORK=$(mktemp -d)
$PSQL -d $DB -c "select '/children/' || child_id from episode tablesample system (1) limit 2000" > "$WORK/children"
$PSQL -d $DB -c "select '/episodes/' || id from episode tablesample system (1) limit 2000" > "$WORK/episodes"
$PSQL -d $DB -c "select '/episodes?risk=' || r || c || s from unnest(array['HIGH','MEDIUM','LOW','']) r,
                   unnest(array['','&cohort=OUT_OF_AREA','&cohort=HOME','&duration=24h']) c,
                   unnest(array['&sort=RISK','&sort=LONGEST']) s" > "$WORK/lists"

for page in children episodes lists; do
  curl -s -o /dev/null -w "warm-up $page: %{http_code}\n" -H "Cookie: $COOKIE" "http://localhost:$PORT$(head -n 1 "$WORK/$page")"
  PATHS="$WORK/$page" wrk -t2 -c64 -d10s -s bench/pages.lua "http://localhost:$PORT" >/dev/null
  for connections in 64 8; do
    echo "== $page ($connections connections, ${SECONDS_PER_PAGE}s)"
    PATHS="$WORK/$page" wrk -t2 -c$connections -d"${SECONDS_PER_PAGE}s" --timeout 10s -s bench/pages.lua \
      "http://localhost:$PORT" | grep RESULT
  done
done
