#!/usr/bin/env bash
# Installs everything sxpool needs to build and test, on Debian 12 as root.
# Debian packages, Debian source packages (SDL2 2.26.5, Dear ImGui 1.90.1) unpacked into a git-ignored cache,
# an Emscripten libSDL2.a built once, and npm test tooling. Re-runs are quick: every step checks first.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
deps="$here/build/_deps"
mkdir -p "$deps"

want_pkgs=(g++ cmake make pkg-config ninja-build
  libcpp-httplib-dev nlohmann-json3-dev catch2 libsqlite3-dev libsodium-dev libbenchmark-dev libgoogle-perftools-dev
  emscripten fonts-wqy-microhei python3-fonttools
  chromium sqlite3 wrk nginx-light dpkg-dev clang-format
  libzip-dev libpugixml-dev libxlsxwriter-dev libcairo2-dev libpango1.0-dev libarchive-dev
  libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
  clang-14 libclang-rt-14-dev libfuzzer-14-dev)
missing=()
for p in "${want_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm: the machine's own (nodesource) when present; Debian's otherwise.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[deps] 安装 Debian 软件包: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Debian source packages: SDL2 2.26.5 (bookworm) and Dear ImGui 1.90.1 (trixie), unpacked into build/_deps.
sdl_dir="$deps/SDL2-2.26.5"
imgui_dir="$deps/imgui-1.90.1"
if [ ! -d "$sdl_dir" ] || [ ! -d "$imgui_dir" ]; then
  echo "[deps] 获取 Debian 源码包 libsdl2 2.26.5 与 imgui 1.90.1"
  src="$deps/apt-src"
  mkdir -p "$src/lists/partial"
  uri=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
  [ -n "$uri" ] || uri=$(awk '$1=="deb"{print $2; exit}' /etc/apt/sources.list)
  printf 'Types: deb-src\nURIs: %s\nSuites: bookworm trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" > "$src/src.sources"
  o=(-o "Dir::Etc::SourceList=$src/src.sources" -o Dir::Etc::SourceParts=/nonexistent -o "Dir::State::Lists=$src/lists")
  apt-get "${o[@]}" -q update
  (cd "$src" && apt-get "${o[@]}" source --download-only libsdl2=2.26.5+dfsg-1 imgui=1.90.1+ds-1)
  [ -d "$sdl_dir" ] || tar -xf "$src"/libsdl2_2.26.5+dfsg.orig.tar.* -C "$deps"
  if [ ! -d "$imgui_dir" ]; then
    mkdir -p "$imgui_dir"
    tar -xf "$src"/imgui_1.90.1+ds.orig.tar.* -C "$imgui_dir" --strip-components=1
  fi
fi

# libSDL2.a for Emscripten, built once. The configure checks are pre-seeded (cmake/sdl2-…-checks.cmake):
# 1.6 s instead of 5½ minutes, with a byte-identical SDL_config.h.
sdl_lib="$deps/sdl2-em/install/lib/libSDL2.a"
if [ ! -f "$sdl_lib" ]; then
  echo "[deps] 用 Emscripten 编译 SDL2（约 2 分钟，只需一次）"
  export NODE_PATH=/usr/share/nodejs
  b="$deps/sdl2-em/build"
  rm -rf "$b"; mkdir -p "$b"
  (cd "$b" && emcmake cmake "$sdl_dir" -C "$here/cmake/sdl2-2.26.5-emscripten-3.1.6-checks.cmake" \
     -DCMAKE_INSTALL_PREFIX="$deps/sdl2-em/install" -DCMAKE_BUILD_TYPE=Release \
     -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF \
     -DSDL_HIDAPI=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF -DSDL_RENDER=OFF -DSDL_LOCALE=OFF -DSDL_FILESYSTEM=OFF \
     -DSDL_MISC=OFF -DSDL_THREADS=OFF -DSDL_LOADSO=OFF -DSDL_VIRTUAL_JOYSTICK=OFF -DSDL_OFFSCREEN=OFF \
     -DSDL_DUMMYVIDEO=OFF > "$b/configure.log" && emmake make -j2 > "$b/build.log" && emmake make install > "$b/install.log") \
    || { echo "[deps] SDL2 编译失败，日志见 $b/*.log" >&2; exit 1; }
fi

# npm test tooling (playwright-core drives Debian's chromium; it never downloads a browser).
if [ ! -d "$here/tests/e2e/node_modules/playwright-core" ]; then
  echo "[deps] 安装 npm 测试工具（playwright-core）"
  (cd "$here/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "[deps] 依赖就绪"
