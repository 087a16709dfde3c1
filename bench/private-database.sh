# Sourced by the benchmarks: builds Release, starts a private PostgreSQL (fsync on, the settings of
# `./cchc up`) in a fresh temporary folder, migrates it and imports the sample catalog. Everything started here
# (and the Api, if a benchmark sets API_PID) is stopped and the cluster deleted on exit.
# Expects ROOT, CONFIGURATION, say and die; gives WORK, PG_BIN, PG_PORT, psql_q, host_dll, jobs_command, free_port,
# start_api.
# shellcheck source=scripts/lib/postgres.sh
source "$ROOT/scripts/lib/postgres.sh"
# shellcheck source=scripts/lib/dotnet-hosts.sh
source "$ROOT/scripts/lib/dotnet-hosts.sh"
PG_BIN="$(pg_bin)" || die "PostgreSQL server binaries not found (package postgresql)"

WORK=""
API_PID=""
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  set +e
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    kill -TERM "$API_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$API_PID" 2>/dev/null
    wait "$API_PID" 2>/dev/null
  fi
  if [ -n "$WORK" ]; then
    pg_cluster_stop "$WORK"
    if [ $status -ne 0 ] && [ -f "$WORK/api.log" ]; then
      say "last lines of the Api's log:"; tail -n 20 "$WORK/api.log" >&2
    fi
    rm -rf "$WORK"
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

build

# ------------------------------------------------------------ private PostgreSQL (never the developer's .cchc/)
WORK="$(mktemp -d /tmp/cchc-bench.XXXXXX)"
chmod 755 "$WORK"
PG_PORT="$(free_port)" || die "no free port for PostgreSQL"
say "private PostgreSQL in $WORK on port $PG_PORT (fsync on)"
pg_cluster_start "$WORK" "$PG_PORT" || die "PostgreSQL did not start; see $WORK/postgresql.log"
pg_ensure_database "$PG_PORT"
psql_q() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d cchc -v ON_ERROR_STOP=1 -qtAX "$@"; }

unset CCHC_DATABASE
ConnectionStrings__Cchc="$(pg_database_url "$PG_PORT")"
export ConnectionStrings__Cchc
export Security__LookupHashKey="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export Security__RequireHttps=false
export PublicSite__BaseUrl="http://localhost:8080"
export Email__PickupDirectory="$WORK/mail"
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
# Production wants a certificate for the key ring and real transports: a throw-away certificate, and the
# stand-ins allowed explicitly (a benchmark sends nothing to anyone).
openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=cchc bench" -days 2 -keyout "$WORK/key-ring.key" -out "$WORK/key-ring.crt" 2>/dev/null \
  && openssl pkcs12 -export -inkey "$WORK/key-ring.key" -in "$WORK/key-ring.crt" -out "$WORK/key-ring.pfx" -passout pass:bench \
  || die "openssl could not make the key ring's certificate"
export Security__DataProtectionCertificate="$WORK/key-ring.pfx" Security__DataProtectionCertificatePassword=bench
export Notifications__AllowStandIns=true
export Logging__LogLevel__Default=Warning

say "migrating and importing the sample catalog"
jobs_command migrate >"$WORK/jobs.log" 2>&1 || { cat "$WORK/jobs.log" >&2; die "migrate failed"; }
jobs_command import-catalog "$ROOT/data/catalog" >>"$WORK/jobs.log" 2>&1 || { cat "$WORK/jobs.log" >&2; die "import-catalog failed"; }

# Starts the Api on this database (Production, logging at Warning, rate limits raised: every simulated client
# comes from one address); sets API_PID, so that cleanup stops it, and API_URL.
start_api() {
  local port
  port="$(free_port)" || die "no free port for the Api"
  API_URL="http://127.0.0.1:$port"
  (
    cd "$ROOT/src/Api"
    exec env RateLimits__AnonymousPermitsPerMinute=1000000 RateLimits__ApiClientPermitsPerMinute=10000000 \
      dotnet "$(host_dll Api)" --urls "$API_URL"
  ) >"$WORK/api.log" 2>&1 &
  API_PID=$!
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$API_URL/health/ready" 2>/dev/null && break
    kill -0 "$API_PID" 2>/dev/null || die "the Api exited"
    sleep 0.5
  done
  curl -fsS -o /dev/null "$API_URL/health/ready" || die "the Api did not become ready"
  say "Api on $API_URL (Production, logging at Warning, rate limits raised)"
}
