# Sourced by ./cchc, bench/ and scripts/: builds the solution and runs its hosts' executables.
# Expects ROOT, CONFIGURATION, say and die.

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

build() {
  say "building ($CONFIGURATION)"
  dotnet build "$ROOT/CchcFeedback.sln" -c "$CONFIGURATION" -nologo -clp:"ErrorsOnly;NoSummary" -v:quiet >&2 \
    || die "build failed"
}

host_dll() { echo "$ROOT/src/$1/bin/$CONFIGURATION/net10.0/CchcFeedback.$1.dll"; }

# A verb of the Jobs executable (migrate, import-catalog, seed-demo, ...), run from its folder as the hosts are.
jobs_command() { (cd "$ROOT/src/Jobs" && dotnet "$(host_dll Jobs)" "$@"); }
