# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
# Sourced, not executed.

OTXDESK_PACKAGES=(
    cmake ninja-build g++
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-psql libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libpq-dev libsqlite3-dev postgresql xvfb xauth dbus gnome-keyring libsecret-tools
    libsecret-1-0 fonts-dejavu-core
)

otxdesk_install_packages()
{
    local missing=()
    local pkg
    for pkg in "${OTXDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# otxdesk_build BUILD_DIR BUILD_TYPE [TARGET...]: everything when no target is named.
otxdesk_build()
{
    local dir=$1 type=$2
    shift 2
    local targets=()
    if [ $# -gt 0 ]; then
        targets=(--target "$@")
    fi
    cmake -S "$OTXDESK_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" >/dev/null
    cmake --build "$dir" -j "$(nproc)" "${targets[@]}"
}
