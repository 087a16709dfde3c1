#!/usr/bin/env bash
# ./cchc bench assistant: how long a reply of the procedure assistant takes with the sample catalog.
#
# On the private database of bench/private-database.sh (migrated, sample catalog imported), the Jobs verb
# assistant-bench asks every question of data/assistant/examples.jsonl three times after a warm-up, each reply
# understood, written and stored as the Api does, and prints p50 and p95. A benchmark, not a test.
# Last line: assistant: N replies, p50 X ms, p95 Y ms, max Z ms
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONFIGURATION=Release

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { say "FAILED: $*"; exit 1; }

# shellcheck source=bench/private-database.sh
source "$ROOT/bench/private-database.sh"

jobs_command assistant-bench
