#!/usr/bin/env bash
# Installs the Debian 12 packages Kamerlezer builds, tests and runs with; skips what is already there.
set -euo pipefail
packages=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libpoppler-qt6-dev catch2 poppler-utils fonts-dejavu-core
    xvfb xauth imagemagick desktop-file-utils appstream dpkg-dev clang-format qpdf mupdf-tools
    libsqlite3-dev sqlite3 libtesseract-dev tesseract-ocr-nld tesseract-ocr-eng python3 ca-certificates
    clang-14 libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
