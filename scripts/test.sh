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
for project in tests/*/*.Tests.csproj; do
  if [[ $project == *Viva.Sandbox.Tests* ]]; then
    # The hostile suite runs in a PID namespace of its own, so even a sandbox bug that let a payload
    # signal "every process" could only reach the test run, never the machine running it.
    unshare --pid --fork --mount-proc dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee -a "$log" || status=$?
  else
    dotnet test "$project" -c Release --no-build --nologo 2>&1 | tee -a "$log" || status=$?
  fi
done
./viva check || status=$?
awk '/^(Passed|Failed)! +- +Failed: /{gsub(",", ""); failed += $4; passed += $6} END {printf "Tests: %d passed, %d failed\n", passed, failed}' "$log"
exit "$status"
