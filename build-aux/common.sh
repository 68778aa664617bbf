# build-aux/common.sh — shared by run.sh and test.sh: Debian packages, configure, build.
# Sourced, not run. Sets $top and $builddir.

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${PROVENANCE_BUILDDIR:-$top/_build}
prefix=$builddir/install-root

# What a fresh Debian 12 needs to build, run and test Provenance.
packages=(
  meson ninja-build pkg-config gcc
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev libsoup-3.0-dev
  libsqlite3-dev libxml2-dev libjson-glib-dev libicu-dev libpoppler-glib-dev
  libcairo2-dev libpango1.0-dev
  gettext desktop-file-utils appstream
  xvfb xauth poppler-utils
  glib-networking ca-certificates dbus-daemon
)

# Installs the packages that are missing: apt-get as root, else sudo, else says the command.
ensure_packages ()
{
  local missing=() p
  for p in "${packages[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  echo "Installing the Debian packages Provenance needs: ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "Please install them first, as root:" >&2
    echo "  apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}

# Configures (once) and builds; a second run only rebuilds what changed.
configure_and_build ()
{
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" "$top" --prefix="$prefix" -Dwerror=true "$@"
  fi
  ninja -C "$builddir"
}
