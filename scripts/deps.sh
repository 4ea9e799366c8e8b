#!/usr/bin/env bash
# Installs the Debian 12 packages Enhetspuls needs to build, run and test.
# Idempotent: when everything is present it returns at once.
set -euo pipefail
pkgs=(
  cmake g++ ninja-build pkg-config zlib1g-dev
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-charts-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-svg-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-dialogs qml6-module-qtcharts qml6-module-qttest qml6-module-qtqml
  qml6-module-qtqml-models qml6-module-qtquick-shapes qml6-module-qt-labs-folderlistmodel
  libsodium-dev qtkeychain-qt6-dev libxlsxwriter-dev poppler-utils unzip
  postgresql sqlite3 libsqlite3-dev openssl curl fonts-dejavu-core
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
