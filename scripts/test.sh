#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it: installs what is missing, builds, runs every test
# project, then proves the bundled bank with `viva check --all-versions` and its item statistics with
# `viva check --stats`. Ends with one line: "Tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh
dotnet build Viva.slnx -c Release --nologo -v quiet
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# A test that hangs fails after 5 minutes with its name, instead of stalling CI until its time-out.
test_args=(-c Release --no-build --nologo --blame-hang-timeout 5m --blame-hang-dump-type none)
for project in tests/*/*.Tests.csproj; do
  if [[ $project == *Viva.Sandbox.Tests* ]]; then
    # The hostile suite runs in a PID namespace of its own, so even a sandbox bug that let a payload
    # signal "every process" could only reach the test run, never the machine running it.
    unshare --pid --fork --mount-proc dotnet test "$project" "${test_args[@]}" 2>&1 | tee -a "$log" || status=$?
  else
    dotnet test "$project" "${test_args[@]}" 2>&1 | tee -a "$log" || status=$?
  fi
done
# The version matrix: every item on every CPython installed here that its range holds for (pyenv's
# 2.7 and 3.6-3.13 on our machines), each exercise's wrong solutions included.
./viva check --all-versions || status=$?
./viva check --stats || status=$?
awk '/^(Passed|Failed)! +- +Failed: /{gsub(",", ""); failed += $4; passed += $6} END {printf "Tests: %d passed, %d failed\n", passed, failed}' "$log"
exit "$status"
