# Sourced by ./cchc and scripts/: installs Debian packages that are missing, as root or through sudo.
# Expects say and die.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else return 1
  fi
}

# apt_install [--no-install-recommends] PACKAGE...: installs those not installed yet; dies saying what to install.
APT_UPDATED=""
apt_install() {
  local options=() missing=() package
  while [ "${1:-}" = --no-install-recommends ]; do options+=("$1"); shift; done
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "please install: ${missing[*]}"
  say "installing ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then
    as_root apt-get update -qq || die "apt-get update failed; please install: ${missing[*]}"
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${options[@]}" "${missing[@]}" >/dev/null \
    || die "could not install ${missing[*]}; please install them and run again"
}
