#!/usr/bin/env bash
# ./cchc bench alerts: how well the satisfaction alert job catches sustained drops, and how often it cries wolf.
#
# On the private database of bench/private-database.sh, bench/AlertsBench writes simulated counters' daily
# quick-rating tallies and runs the real SatisfactionAlertJob once per simulated day, its clock set to that day:
# (a) dropping counters at 20, 50, 100 and 300 ratings a week, 56 level weeks and then a drop of 5, 10 or 20
#     points: the share of them alerted within the first 14 days of the drop;
# (b) level counters at the same volumes over a simulated year: false alerts per counter-year.
# A benchmark, not a test: it fails only on errors. BENCH_SEED (1) changes the random draws.
# Last line: alerts: detected D% of 10-point drops at 100/week within 2 weeks, false alarms F per unit-year
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIGURATION=Release

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

# shellcheck source=bench/private-database.sh
source "$ROOT/bench/private-database.sh"

dotnet build "$ROOT/bench/AlertsBench" -c "$CONFIGURATION" -nologo -clp:"ErrorsOnly;NoSummary" -v:quiet >&2 \
  || die "the benchmark did not build"

(cd "$ROOT/bench/AlertsBench" && dotnet "bin/$CONFIGURATION/net10.0/CchcFeedback.Bench.Alerts.dll" "${BENCH_SEED:-1}")
