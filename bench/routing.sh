#!/usr/bin/env bash
# ./cchc bench routing: what the triage reasons cost on long petitions, against routing them.
#
# On the private database of bench/private-database.sh (migrated, sample catalog imported), the Jobs verb
# routing-bench builds the router the routing job uses, then times, for 40 synthetic petitions of 400 words or
# more (sentences written for the benchmark, drawn with a fixed seed), routing each and finding its reasons
# (RoutingReasons: each distinct word taken out and the text scored again, at most 120 words). The ratio compares
# the two medians of this one run. A benchmark, not a test.
# Last line: routing: N petitions of W words (D distinct), route p50 X ms, reasons p50 Y ms, p95 Z ms, ratio R
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIGURATION=Release

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

# shellcheck source=bench/private-database.sh
source "$ROOT/bench/private-database.sh"

jobs_command routing-bench
