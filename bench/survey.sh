#!/usr/bin/env bash
# ./cchc bench survey: the API's survey submission against PostgreSQL's raw insert rate of the same row.
#
# On the private database of bench/private-database.sh, starts the Api (Production settings, rate limits
# raised), and drives POST /api/touchpoints/{token}/responses with wrk (32 connections); then, against the
# same PostgreSQL, runs pgbench (32 clients) with the very statement the Api runs. Everything started here is
# stopped and the cluster deleted on exit. A benchmark, not a test: it fails only on errors, never on speed.
# Last line: survey: api R/s, pgbench P/s, ratio X, p50 A ms, p99 B ms
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${BENCH_SECONDS:-20}"
WARMUP="${BENCH_WARMUP_SECONDS:-5}"
CLIENTS=32
TOKEN_COUNT="${BENCH_TOKEN_COUNT:-16}"
WRK_THREADS="${BENCH_WRK_THREADS:-2}"
CONFIGURATION=Release

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

[[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || die "BENCH_SECONDS must be a positive whole number of seconds"
[[ "$WARMUP" =~ ^[0-9]+$ ]] || die "BENCH_WARMUP_SECONDS must be a whole number of seconds"
command -v wrk >/dev/null || die "wrk is missing (Debian package wrk; ./cchc bench installs it)"
command -v curl >/dev/null || die "curl is missing"

# shellcheck source=bench/private-database.sh
source "$ROOT/bench/private-database.sh"

TOKENS="$(psql_q -c "SELECT token FROM touchpoints WHERE revoked_at IS NULL AND counter_id IS NOT NULL ORDER BY id LIMIT $TOKEN_COUNT" | tr '\n' ' ')"
[ -n "${TOKENS// /}" ] || die "no active counter touchpoint in the sample catalog"
say "tokens: $TOKENS"

# ------------------------------------------------------------ the Api
start_api

export BENCH_TOKENS="$TOKENS"
run_wrk() { wrk -t "$WRK_THREADS" -c "$CLIENTS" -d "${1}s" --latency -s "$ROOT/bench/survey.lua" "$API_URL"; }
field() { sed -n "s/.*[[:space:]]$1=\([0-9.]*\).*/\1/p" <<<"$2" | tail -n 1; }

# One submission first, so that the first wave of 32 does not wait for the JIT all at once.
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"submissionId\":\"$(cat /proc/sys/kernel/random/uuid)\",\"quickRating\":\"satisfied\"}" \
  "$API_URL/api/touchpoints/${TOKENS%% *}/responses" || die "a first submission failed"
if [ "$WARMUP" -gt 0 ]; then
  say "warming up for ${WARMUP}s"
  warm="$(run_wrk "$WARMUP")" || die "wrk failed during warm-up"
  line="$(grep '^BENCH ' <<<"$warm")"
  # Slow answers while the JIT warms up are what a warm-up is for; a refused answer is a failure.
  [ "$(field non2xx "$line")" = 0 ] || { echo "$warm" >&2; die "errors during warm-up"; }
  [ "$(field socket_errors "$line")" = 0 ] || say "warm-up: $(field socket_errors "$line") socket errors or time-outs (not counted)"
fi

before="$(psql_q -c "SELECT count(*) FROM survey_responses")"
say "wrk: $CLIENTS connections, $WRK_THREADS threads, ${DURATION}s"
out="$(run_wrk "$DURATION")" || { echo "$out" >&2; die "wrk failed"; }
echo "$out" >&2
line="$(grep '^BENCH ' <<<"$out")" || die "wrk printed no result"
requests="$(field requests "$line")"; non2xx="$(field non2xx "$line")"; socket_errors="$(field socket_errors "$line")"
duration_us="$(field duration_us "$line")"; p50="$(field p50_ms "$line")"; p99="$(field p99_ms "$line")"
[ "$non2xx" = 0 ] || die "$non2xx non-2xx responses"
[ "$socket_errors" = 0 ] || die "$socket_errors socket errors (connect, read, write, timeout)"
ok=$(( requests - non2xx ))
sent="$(field sent "$line")"
# wrk stops at the deadline with up to one request per connection written but not yet answered: the Api may
# still store those, or drop them when it sees the connection close (the request is cancelled). So every 2xx
# response must be a row, and the only extra rows can be those abandoned requests.
abandoned=$(( sent - requests ))
# wrk also builds a request or two per thread that it never sends, so allow some slack here; the row check
# below is the one that matters: no 2xx response may be missing from the table.
[ "$abandoned" -ge 0 ] && [ "$abandoned" -le $(( 2 * CLIENTS )) ] || die "wrk wrote $sent requests and got $requests responses"
sleep 1 # let the abandoned requests finish
after="$(psql_q -c "SELECT count(*) FROM survey_responses")"
stored=$(( after - before ))
say "rows stored during the wrk phase: $stored; 2xx responses: $ok; requests in flight at the deadline: $abandoned ($(( stored - ok )) of them stored)"
[ "$stored" -ge "$ok" ] && [ "$stored" -le $(( ok + abandoned )) ] \
  || die "survey_responses grew by $stored rows for $ok 2xx responses and $abandoned requests in flight"
api_rate="$(awk -v n="$ok" -v us="$duration_us" 'BEGIN { printf "%.1f", n / (us / 1000000) }')"

# The Api is done: stop it so pgbench has the machine to itself, as the Api had (with wrk).
kill -TERM "$API_PID"; wait "$API_PID" 2>/dev/null || true; API_PID=""

# ------------------------------------------------------------ pgbench: the same statement, the same rows
# One script per touchpoint the Api wrote to, written by the Jobs verb from the statement the Api runs (Core's
# SurveyInsert, soft limit included) with the ids, form version, channel, rating, source hash and window the Api
# stored; pgbench picks a script at random per transaction. Only the response id (a fresh gen_random_uuid()) and
# submitted_at (now()) are made by PostgreSQL.
jobs_command write-survey-bench "$WORK/pgbench" >>"$WORK/jobs.log" 2>&1 \
  || { cat "$WORK/jobs.log" >&2; die "write-survey-bench failed (no stored response to copy the row shape from?)"; }
n="$(find "$WORK/pgbench" -name 'tp*.sql' | wc -l)"
[ "$n" -gt 0 ] || die "no pgbench script written"
scripts=()
for f in "$WORK"/pgbench/tp*.sql; do scripts+=(-f "$f@1"); done
[ "$(id -u)" = 0 ] && chown -R postgres: "$WORK/pgbench"

say "pgbench: $CLIENTS clients, ${DURATION}s, $n touchpoints, prepared statements"
before="$(psql_q -c "SELECT count(*) FROM survey_responses")"
pgout="$("$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" \
  "${scripts[@]}" cchc 2>&1)" || { echo "$pgout" >&2; die "pgbench failed"; }
grep -E '^(number of (transactions actually processed|failed transactions)|latency average|tps)' <<<"$pgout" | grep -v '^tps.*including' >&2 || true
failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$pgout")"
[ "${failed:-0}" = 0 ] || die "pgbench: $failed failed transactions"
pg_rate="$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time).*/\1/p' <<<"$pgout")"
[ -n "$pg_rate" ] || { echo "$pgout" >&2; die "pgbench printed no rate"; }
processed="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<<"$pgout")"
after="$(psql_q -c "SELECT count(*) FROM survey_responses")"
say "rows stored during the pgbench phase: $(( after - before )); transactions: $processed"
[ $(( after - before )) -eq "$processed" ] || die "pgbench inserted $(( after - before )) rows for $processed transactions"

awk -v r="$api_rate" -v p="$pg_rate" -v a="$p50" -v b="$p99" \
  'BEGIN { printf "survey: api %.0f/s, pgbench %.0f/s, ratio %.2f, p50 %.2f ms, p99 %.2f ms\n", r, p, r / p, a, b }'
