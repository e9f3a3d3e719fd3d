#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it: installs what is missing, builds, runs every test
# project, then proves the bundled bank with `viva check`. Ends with one line: "Tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh
dotnet build Viva.slnx -c Release --nologo -v quiet
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Viva.slnx -c Release --no-build --nologo 2>&1 | tee "$log" || status=$?
./viva check || status=$?
awk '/^(Passed|Failed)! +- +Failed: /{gsub(",", ""); failed += $4; passed += $6} END {printf "Tests: %d passed, %d failed\n", passed, failed}' "$log"
exit "$status"
