#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it: installs what is missing, builds, runs every test project.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh
dotnet build Viva.slnx -c Release --nologo -v quiet
dotnet test Viva.slnx -c Release --no-build --nologo
./viva check
