#!/usr/bin/env bash
# Installs the Debian bookworm packages Returns Kiosk needs to build, test and run its demo.
# Idempotent: installs only what is missing; needs root (or sudo). clang and its runtime are for `make fuzz`
# only (libFuzzer); the project itself builds with g++. systemd, udev, cage, grim, xwayland and qt6-wayland
# are what the packages depend on and what the packaging tests (ctest -L packaging) run. Qt TextToSpeech
# with speech-dispatcher and espeak-ng read screens aloud; pulseaudio, its utilities and sox are for the
# speech test, which records what the kiosk says from a PulseAudio server of its own.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git clang-format clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-scxml-dev qt6-multimedia-dev qt6-serialport-dev qt6-virtualkeyboard-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin qml6-module-qtscxml qml6-module-qttest
  qml6-module-qtmultimedia qml6-module-qt-labs-settings qml6-module-qt-labs-folderlistmodel
  libqt6svg6 qt6-qpa-plugins
  qt6-speech-dev qml6-module-qttexttospeech libqt6texttospeech6 qt6-speech-speechd-plugin
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio pulseaudio-utils sox
  libzxing-dev libcurl4-openssl-dev libsqlite3-dev sqlite3 libssl-dev openssl
  libcpp-httplib-dev libvalijson-dev zlib1g-dev libgpiod-dev libzbar-dev python3-jsonschema python3-yaml python3-numpy python3-pil
  qrencode zint imagemagick fonts-dejavu-core xauth xvfb help2man
  libsystemd-dev systemd udev dpkg-dev cage grim xwayland qt6-wayland
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if ((EUID != 0)); then sudo_cmd=(sudo); fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
