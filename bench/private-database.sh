# Sourced by the benchmarks: builds Release, starts a private PostgreSQL (fsync on, the settings of
# `./cchc up`) in a fresh temporary folder, migrates it and imports the sample catalog. Everything started here
# (and the Api, if a benchmark sets API_PID) is stopped and the cluster deleted on exit.
# Expects ROOT, CONFIGURATION, say and die; gives WORK, PG_BIN, PG_PORT, psql_q, host_dll, jobs_command, free_port.
PG_BIN="${CCHC_PG_BIN:-}"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  PG_BIN=""
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { PG_BIN="$dir"; break; }
  done
fi
[ -n "$PG_BIN" ] || die "PostgreSQL server binaries not found (package postgresql)"

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# A loopback port nobody listens on (a race with another program is possible but harmless: start fails loudly).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

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
    if [ -f "$WORK/data/postmaster.pid" ]; then
      as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -w -m fast stop >/dev/null 2>&1 \
        || as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1
    fi
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

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say "building ($CONFIGURATION)"
dotnet build "$ROOT/CchcFeedback.sln" -c "$CONFIGURATION" -nologo -clp:"ErrorsOnly;NoSummary" -v:quiet >&2 \
  || die "build failed"
host_dll() { echo "$ROOT/src/$1/bin/$CONFIGURATION/net10.0/CchcFeedback.$1.dll"; }

# ------------------------------------------------------------ private PostgreSQL (never the developer's .cchc/)
WORK="$(mktemp -d /tmp/cchc-bench.XXXXXX)"
chmod 755 "$WORK"
mkdir -p "$WORK/run"
[ "$(id -u)" = 0 ] && chown postgres: "$WORK" "$WORK/run"
PG_PORT="$(free_port)" || die "no free port for PostgreSQL"
say "private PostgreSQL in $WORK on port $PG_PORT (fsync on)"
as_pg "$PG_BIN/initdb" -D "$WORK/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# The same settings as `./cchc up`: nothing but address, port and socket folder; fsync stays on.
as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -w -l "$WORK/data/postgresql.log" \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $WORK/run" start >/dev/null \
  || die "PostgreSQL did not start"
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres -E UTF8 cchc
psql_q() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d cchc -v ON_ERROR_STOP=1 -qtAX "$@"; }

unset CCHC_DATABASE
export ConnectionStrings__Cchc="Host=127.0.0.1;Port=$PG_PORT;Database=cchc;Username=postgres"
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

jobs_command() { (cd "$ROOT/src/Jobs" && dotnet "$(host_dll Jobs)" "$@"); }
say "migrating and importing the sample catalog"
jobs_command migrate >"$WORK/jobs.log" 2>&1 || { cat "$WORK/jobs.log" >&2; die "migrate failed"; }
jobs_command import-catalog "$ROOT/data/catalog" >>"$WORK/jobs.log" 2>&1 || { cat "$WORK/jobs.log" >&2; die "import-catalog failed"; }

