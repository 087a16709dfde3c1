#!/usr/bin/env bash
# ./cchc bench statistics: the satisfaction figures at 10 million responses.
#
# On the private database of bench/private-database.sh, seeds BENCH_RESPONSES (default 10,000,000) demo
# responses over 13 months with `seed-demo`, then bench/StatisticsBench measures, in this one run:
# (a) the nightly recount, which rebuilds every count table (all scopes and months) from the raw responses,
#     against one SQL aggregate of the per-counter monthly indices over the same rows (the baseline);
# (b) the rollup of 10,000 new responses on top of the rest;
# (c) the dashboard's queries for last month (trend over twelve), p50 and p95 of 30 loads after 5 warm-ups.
# A benchmark, not a test: it fails only on errors (or a recount that disagrees with the rollup), never on speed.
# (d) within (c), the summary's per-channel counts alone (read from survey_responses, not the tallies).
# Last line: statistics: recompute X s, baseline Y s, ratio Z, incremental W s, dashboard p95 V ms (channel counts p95 C ms)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RESPONSES="${BENCH_RESPONSES:-10000000}"
CONFIGURATION=Release

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

[[ "$RESPONSES" =~ ^[1-9][0-9]*$ ]] || die "BENCH_RESPONSES must be a positive whole number"

# shellcheck source=bench/private-database.sh
source "$ROOT/bench/private-database.sh"

dotnet build "$ROOT/bench/StatisticsBench" -c "$CONFIGURATION" -nologo -clp:"ErrorsOnly;NoSummary" -v:quiet >&2 \
  || die "the benchmark did not build"

say "seeding $RESPONSES responses over 13 months"
started=$SECONDS
# Demo data is refused in Production, the environment the rest of the benchmark runs in.
DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development jobs_command seed-demo --responses "$RESPONSES" --months 13 >>"$WORK/jobs.log" 2>&1 \
  || { tail -n 20 "$WORK/jobs.log" >&2; die "seed-demo failed"; }
say "seeded in $(( SECONDS - started )) s; $(psql_q -c "SELECT pg_size_pretty(pg_total_relation_size('survey_responses'))") on disk"

(cd "$ROOT/bench/StatisticsBench" && dotnet "bin/$CONFIGURATION/net10.0/CchcFeedback.Bench.Statistics.dll")
