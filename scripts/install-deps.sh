#!/usr/bin/env bash
# Installs what Viva needs on a fresh Debian machine, only when it is missing. Idempotent and quiet
# when everything is present. Needs root (or sudo) only when something must be installed.
set -euo pipefail

missing=()
need() { # need COMMAND DEBIAN-PACKAGE
  command -v "$1" >/dev/null 2>&1 || missing+=("$2")
}

command -v dotnet >/dev/null 2>&1 || { echo "install-deps: the .NET 10 SDK is required (https://dot.net)" >&2; exit 1; }
command -v python3 >/dev/null 2>&1 || missing+=(python3)
need bwrap bubblewrap
need setpriv util-linux
# The web tests drive Debian's Chromium with Playwright; a downloaded browser is never used.
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
# Interview reports are printed to PDF by that Chromium; the tests check a PDF renders with pdftoppm.
need pdftoppm poppler-utils
# The data tests start a throwaway PostgreSQL server from Debian's binaries.
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
# The scale-out tests start a throwaway NATS server with JetStream (Debian's 2.9 line).
[[ -x /usr/sbin/nats-server ]] || missing+=(nats-server)

if ((${#missing[@]})); then
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  echo "install-deps: installing ${missing[*]}" >&2
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
