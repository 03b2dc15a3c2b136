#!/usr/bin/env bash
# Builds the .deb from the current build tree with CPack into a temporary directory, unpacks it and
# checks its contents, its metadata and that the installed executables run.
# Usage: test_deb.sh CPACK BUILD_DIR VERSION APP_ID      (exit 77 = skipped)
set -euo pipefail

cpack=$1 build_dir=$2 version=$3 app_id=$4

if ! command -v dpkg-deb >/dev/null; then
    echo "SKIP: dpkg-deb is not installed"
    exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }

# 1. Build the package from this build tree, writing only into the temporary directory.
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack -G DEB failed"
    exit 1
fi
shopt -s nullglob
debs=("$work"/out/*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    cat "$work/cpack.log"
    echo "FAIL: expected one .deb, found ${#debs[@]}"
    exit 1
fi
deb=${debs[0]}
echo "built $(basename "$deb")"

# 2. Control fields.
[ "$(dpkg-deb -f "$deb" Package)" = licensedesk ] && pass "package name" || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] && pass "package version $version" \
    || fail "package version is '$(dpkg-deb -f "$deb" Version)', expected '$version'"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# One package name a line, alternatives and version constraints dropped.
dep_names=$(tr ',|' '\n\n' <<<"$depends" | sed -e 's/(.*)//' -e 's/[[:space:]]//g')
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6httpserver6 libqt6keychain1 libsecret-1-0; do
    if grep -qxE "${dep}(t64)?" <<<"$dep_names"; then pass "depends on $dep"; else fail "Depends lacks $dep"; fi
done

# 3. File list.
root=$work/root
dpkg-deb -x "$deb" "$root"
expect_file() {
    if [ -f "$root/$1" ]; then pass "$1"; else fail "missing $1"; fi
}
for exe in licensedesk licensedesk-cli licensedesk-demo-server; do
    if [ -x "$root/usr/bin/$exe" ]; then pass "usr/bin/$exe"; else fail "missing executable usr/bin/$exe"; fi
done
desktop=usr/share/applications/$app_id.desktop
metainfo=usr/share/metainfo/$app_id.metainfo.xml
expect_file "$desktop"
expect_file "$metainfo"
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 24 32 48 64 128 256 512; do
    expect_file "usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
copyright=usr/share/doc/licensedesk/copyright
expect_file "$copyright"
if [ -f "$root/$copyright" ]; then
    grep -qx "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" "$root/$copyright" \
        && pass "copyright is machine-readable (DEP-5)" || fail "copyright lacks the DEP-5 Format line"
    grep -qx "License: GPL-3.0-or-later" "$root/$copyright" \
        && pass "copyright names GPL-3.0-or-later" || fail "copyright does not name GPL-3.0-or-later"
fi
grep -q 'set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")' "$build_dir/CPackConfig.cmake" \
    && pass "RPM License: GPL-3.0-or-later" || fail "the RPM's License is not GPL-3.0-or-later"
man=usr/share/man/man1/licensedesk-cli.1
[ -f "$root/$man.gz" ] && man=$man.gz
expect_file "$man"

# 4. Metadata validity, where the validators are installed.
if [ -f "$root/$desktop" ]; then
    if command -v desktop-file-validate >/dev/null; then
        if out=$(desktop-file-validate "$root/$desktop" 2>&1) && [ -z "$out" ]; then
            pass "desktop entry valid"
        else
            fail "desktop-file-validate: $out"
        fi
    else
        echo "skip: desktop-file-validate not installed (package desktop-file-utils)"
    fi
    grep -qx "Icon=$app_id" "$root/$desktop" && pass "desktop entry names the icon $app_id" \
        || fail "desktop entry does not name the icon $app_id"
fi
if [ -f "$root/$metainfo" ]; then
    if command -v appstreamcli >/dev/null; then
        if out=$(appstreamcli validate --no-net --no-color "$root/$metainfo" 2>&1); then
            pass "AppStream metadata valid"
        else
            fail "appstreamcli validate: $out"
        fi
    else
        echo "skip: appstreamcli not installed (package appstream)"
    fi
    grep -q "<id>$app_id</id>" "$root/$metainfo" && pass "metainfo id $app_id" || fail "metainfo id"
    grep -q "<project_license>GPL-3.0-or-later</project_license>" "$root/$metainfo" \
        && pass "metainfo project_license GPL-3.0-or-later" || fail "metainfo has no project_license GPL-3.0-or-later"
    grep -q "<release version=\"$version\"" "$root/$metainfo" && pass "metainfo release $version" \
        || fail "metainfo has no release $version"
fi
if [ -f "$root/$man" ] && command -v groff >/dev/null; then
    page=$root/$man
    if [[ $man == *.gz ]]; then gzip -dc "$page" >"$work/page.1"; page=$work/page.1; fi
    if out=$(groff -man -ww -z "$page" 2>&1) && [ -z "$out" ]; then
        pass "man page formats without warnings"
    else
        fail "groff: $out"
    fi
fi

# 5. The installed executables run against the system Qt (no path back into the build tree).
if command -v readelf >/dev/null; then
    for exe in "$root"/usr/bin/*; do
        if readelf -d "$exe" | grep -E 'R(UN)?PATH' | grep -qF "$build_dir"; then
            fail "$(basename "$exe") keeps an RPATH into the build tree"
        fi
    done
fi
check_version() { # name, command...
    local name=$1 out
    shift
    if out=$(timeout 10 "$@" </dev/null 2>&1); then
        if grep -qix "$name $version" <<<"$out"; then
            pass "$name --version prints '$name $version'"
        else
            fail "$name --version printed '$out', expected '$name $version'"
        fi
    else
        fail "$name --version exited with $? and printed '$out'"
    fi
}
[ -x "$root/usr/bin/licensedesk-cli" ] && check_version licensedesk-cli "$root/usr/bin/licensedesk-cli" --version
[ -x "$root/usr/bin/licensedesk" ] \
    && check_version licensedesk env QT_QPA_PLATFORM=offscreen "$root/usr/bin/licensedesk" --version

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all packaging checks passed"
