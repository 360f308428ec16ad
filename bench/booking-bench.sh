#!/usr/bin/env bash
# Booking throughput under contention, with the invariant checked afterwards.
#   bench/booking-bench.sh [--sessions 10] [--clients 500] [--seats 20]
# Starts app/target/vidsynt.jar in demo mode against a fresh MariaDB database (root over TCP on 127.0.0.1:3306,
# override with BENCH_DB_ROOT_URL / BENCH_DB_USER / BENCH_DB_PASSWORD), runs bench/BookingBench.java, then stops the
# server and drops the database. Build first: mvn -B -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
root_url=${BENCH_DB_ROOT_URL:-jdbc:mariadb://127.0.0.1:3306/}
user=${BENCH_DB_USER:-root}
password=${BENCH_DB_PASSWORD:-}
port=${BENCH_PORT:-8104}
db=vidsynt_bench_$$
driver=$(ls ~/.m2/repository/org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar | grep -v sources | sort -V | tail -1)
mysql_args=(-h 127.0.0.1 -u "$user")
[ -n "$password" ] && mysql_args+=(-p"$password")
app_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mariadb "${mysql_args[@]}" -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER '$db'@'127.0.0.1' IDENTIFIED BY '$app_password'; GRANT ALL ON $db.* TO '$db'@'127.0.0.1';"
log=$(mktemp)
VIDSYNT_DB_URL="${root_url}${db}" VIDSYNT_DB_USER="$db" VIDSYNT_DB_PASSWORD="$app_password" VIDSYNT_DEMO=true \
  java -Xmx1g -jar app/target/vidsynt.jar --disablephonehome --nocluster --port "$port" >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true;
            mariadb "${mysql_args[@]}" -e "DROP DATABASE IF EXISTS $db; DROP USER IF EXISTS '$db'@'127.0.0.1'"
            rm -f "$log"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 2
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "server did not start:"; tail -50 "$log"; exit 1; }
java -cp "$driver" bench/BookingBench.java --base "http://127.0.0.1:$port/" --db "${root_url}${db}" \
  --db-user "$db" --db-password "$app_password" "$@"
