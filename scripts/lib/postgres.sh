# Sourced by ./cchc, bench/ and scripts/: the one way to find PostgreSQL's server binaries, run them as the
# postgres user when root (PostgreSQL refuses to run as root), and start, use and stop a private cluster on
# loopback. Expects say and die; pg_bin finds PG_BIN, which the other functions use.

pg_bin() {
  local dir
  for dir in "${CCHC_PG_BIN:-}" /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Something accepts connections on 127.0.0.1:PORT (another PostgreSQL, another checkout's `up`, ...).
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A loopback port nobody listens on (a race with another program is possible but harmless: start fails loudly).
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! port_in_use "$port"; then echo "$port"; return 0; fi
  done
  return 1
}

# pg_cluster_start HOME PORT: creates the cluster HOME/data on first use and starts it on 127.0.0.1:PORT, socket
# in HOME/run, log in HOME/postgresql.log. The settings of `./cchc up`: nothing but address, port and socket
# folder; fsync stays on.
pg_cluster_start() {
  local home="$1" port="$2"
  mkdir -p "$home/run"
  if [ "$(id -u)" = 0 ]; then chown -R postgres: "$home"; fi
  if [ ! -f "$home/data/PG_VERSION" ]; then
    as_pg "$PG_BIN/initdb" -D "$home/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$home/data" -w -l "$home/postgresql.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $home/run" start >/dev/null
}

pg_cluster_running() {
  [ -f "$1/data/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}

# Fast (sessions ended, a clean checkpoint), else immediate: the cluster must not outlive its script.
pg_cluster_stop() {
  [ -f "$1/data/postmaster.pid" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$1/data" -w -m fast stop >/dev/null 2>&1 \
    || as_pg "$PG_BIN/pg_ctl" -D "$1/data" -m immediate stop >/dev/null 2>&1 || true
}

pg_database_url() { echo "Host=127.0.0.1;Port=$1;Database=${2:-cchc};Username=postgres"; }

# pg_ensure_database PORT [NAME]: the database (cchc by default), created when missing.
pg_ensure_database() {
  local name="${2:-cchc}"
  if ! "$PG_BIN/psql" -h 127.0.0.1 -p "$1" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    "$PG_BIN/createdb" -h 127.0.0.1 -p "$1" -U postgres -E UTF8 "$name"
  fi
}
