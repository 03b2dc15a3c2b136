#!/usr/bin/env bash
# Runs a keychain test binary twice: with no session bus at all (LICENSEDESK_TEST_KEYCHAIN=absent),
# then against a real Secret Service (present): a private D-Bus session with gnome-keyring, whose
# login keyring it creates and unlocks. Keyrings and settings live in a temporary home, removed
# afterwards.
# Exits 77 (skipped) after the first run when dbus-run-session or gnome-keyring-daemon is missing.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/runtime"
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

LICENSEDESK_TEST_KEYCHAIN=absent "$@"

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-keyring.sh: $tool is not installed (scripts/deps installs it)" >&2
        exit 77
    fi
done
# The daemon's fd-limit warning is noise in a sandbox; everything else reaches stderr.
# shellcheck disable=SC2016 # expanded by the inner shell, inside the session
LICENSEDESK_TEST_KEYCHAIN=present dbus-run-session -- bash -c '
    printf licensedesk | gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
        { echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2; exit 1; }
    exec "$@"' with-keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
