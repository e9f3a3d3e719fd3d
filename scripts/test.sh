#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it: installs what is missing, builds, runs every test
# project, then proves the bundled bank with `viva check` (on python3, then on 3.12 and 3.13 when
# present). Ends with one line: "Tests: N passed, N failed".
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
./viva check || status=$?
# Items outside the running Python's range were skipped just now; the newer CPythons found here prove
# them (with 3.11 this leaves no item unverified; see the "skipped" notes).
for version in 3.12 3.13; do
  if compgen -G "${PYENV_ROOT:-$HOME/.pyenv}/versions/$version.*" >/dev/null || command -v "python$version" >/dev/null; then
    ./viva check --python "$version" || status=$?
  else
    echo "viva check: no Python $version here, so the items that need it were not run"
  fi
done
awk '/^(Passed|Failed)! +- +Failed: /{gsub(",", ""); failed += $4; passed += $6} END {printf "Tests: %d passed, %d failed\n", passed, failed}' "$log"
exit "$status"
