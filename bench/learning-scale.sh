#!/usr/bin/env bash
# Scale benchmark of the learning feature: 20,000 learners in 200 units with 1,000,000 progress rows in MariaDB,
# then p50/p95/p99 of "my learning" (GET /api/v1/me/enrolments as one learner) and of the leader view for the region
# (GET /api/v1/leader/overview?unit=<region> as its leader) against a running VidSynt.
#
#   bench/learning-scale.sh seed    # new database, start VidSynt on it (migrations + demo people), load the data
#   bench/learning-scale.sh run     # measure against the running instance
#   bench/learning-scale.sh stop    # stop the instance started by seed
#   bench/learning-scale.sh all     # seed, run, stop
#
# Needs: app/target/vidsynt.jar (mvn -B -DskipTests package), the mariadb client with an account that may create
# databases and users (BENCH_MYSQL, default "mariadb -uroot -h127.0.0.1"), JDK 17.
# Settings: BENCH_DB (vidsynt_bench), BENCH_DB_USER (vidsynt_bench), BENCH_DB_PASSWORD (vidsynt-bench),
# BENCH_PORT (8103), BENCH_CALLS (300), BENCH_WORK (/tmp/vidsynt-bench: log and pid file).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DB=${BENCH_DB:-vidsynt_bench}
DB_USER=${BENCH_DB_USER:-vidsynt_bench}
DB_PASSWORD=${BENCH_DB_PASSWORD:-vidsynt-bench}
MYSQL=${BENCH_MYSQL:-"mariadb -uroot -h127.0.0.1"}
PORT=${BENCH_PORT:-8103}
CALLS=${BENCH_CALLS:-300}
WORK=${BENCH_WORK:-/tmp/vidsynt-bench}
JAR=$ROOT/app/target/vidsynt.jar
BASE=http://127.0.0.1:$PORT

serve() {
  mkdir -p "$WORK"
  [ -f "$JAR" ] || { echo "Build first: mvn -B -DskipTests package" >&2; exit 1; }
  (cd "$WORK" && exec java -Xmx1g -Dvidsynt.db.url="jdbc:mariadb://127.0.0.1:3306/$DB" -Dvidsynt.db.user="$DB_USER" \
      -Dvidsynt.db.password="$DB_PASSWORD" -Dvidsynt.demo=true \
      -jar "$JAR" --port "$PORT" --nocluster --interfaces 127.0.0.1 --disablephonehome > "$WORK/server.log" 2>&1) &
  echo $! > "$WORK/server.pid"
  echo "Starting VidSynt on $BASE (log: $WORK/server.log) ..."
  for _ in $(seq 1 120); do
    if curl -sf "$BASE/health/ready" > /dev/null; then echo "ready"; return; fi
    sleep 2
  done
  echo "VidSynt did not become ready; see $WORK/server.log" >&2
  exit 1
}

seed() {
  echo "Creating database $DB ..."
  $MYSQL -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
    CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL ON $DB.* TO '$DB_USER'@'127.0.0.1'; GRANT ALL ON $DB.* TO '$DB_USER'@'localhost';"
  serve
  echo "Loading the scale data (20,000 people, 100,000 enrolments, 1,000,000 progress rows) ..."
  local start=$SECONDS
  $MYSQL "$DB" < "$ROOT/bench/learning-scale.sql"
  $MYSQL "$DB" -e "SELECT (SELECT COUNT(*) FROM person) people, (SELECT COUNT(*) FROM org_unit) units,
    (SELECT COUNT(*) FROM enrolment) enrolments, (SELECT COUNT(*) FROM unit_progress) progress_rows"
  echo "Loaded in $((SECONDS - start)) s."
}

run() {
  local region
  region=$($MYSQL -N "$DB" -e "SELECT id FROM org_unit WHERE name = 'Region bench'")
  local bench="$ROOT/app/src/test/java/no/vidsynt/app/bench/LearningScaleBench.java"
  echo "My learning (goal: p95 under 200 ms):"
  java "$bench" "$BASE" bench00001 vidsynt-demo /api/v1/me/enrolments "$CALLS" 50
  echo "Leader view of the region, 200 units and 20,000 people (goal: p95 under 500 ms):"
  java "$bench" "$BASE" benchleader vidsynt-demo "/api/v1/leader/overview?unit=$region" "$CALLS" 20
}

stop() {
  if [ -f "$WORK/server.pid" ]; then
    kill "$(cat "$WORK/server.pid")" 2> /dev/null || true
    rm -f "$WORK/server.pid"
    echo "Stopped."
  fi
}

case "${1:-}" in
  seed) seed ;;
  serve) serve ;;
  run) run ;;
  stop) stop ;;
  all) seed; run; stop ;;
  *) sed -n '2,18p' "$0"; exit 2 ;;
esac
