# Shared by .ci/setup and .ci/run (sourced, not run).

# The Swift toolchain, wherever the machine keeps it.
if ! command -v swift >/dev/null && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH="/opt/swift/usr/bin:$PATH"
fi
command -v swift >/dev/null || { echo "swift is not on PATH; install the Swift 6 toolchain first" >&2; exit 1; }

# Cairo, Pango (with fontconfig and HarfBuzz, whose subsetter embeds the PDF's fonts), zlib and libjpeg headers
# for the build, poppler-utils and qpdf to look at and check PDFs,
# and any extra packages given (the tests add strace).
install_packages() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    echo "==> apt-get install"
    $sudo apt-get update
    $sudo apt-get install -y --no-install-recommends \
        libcairo2-dev libpango1.0-dev zlib1g-dev libjpeg-dev libhyphen-dev libharfbuzz-dev pkg-config poppler-utils qpdf "$@" < /dev/null
}
