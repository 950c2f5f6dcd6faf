#!/usr/bin/env bash
# Every test: installs what is missing, builds and runs the C++ unit tests
# (GoogleTest through ctest), then pytest (the Python API, the command line,
# property tests, the notebooks on a real Jupyter kernel, Dask on a real
# LocalCluster).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh test

build=build/ctest
cmake -S . -B "$build" -G Ninja -DSAYWHO_BUILD_PYTHON=OFF -DSAYWHO_BUILD_TOOLS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j "$(nproc)"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"

# The FetchContent fallback for users without GoogleTest installed, exercised
# offline: CMake's FETCHCONTENT_SOURCE_DIR_* points the fetch at Debian's
# GoogleTest source (package googletest, pulled in by libgtest-dev).
fallback=build/fetch-fallback
cmake -S . -B "$fallback" -G Ninja -DSAYWHO_BUILD_PYTHON=OFF -DSAYWHO_BUILD_TOOLS=OFF -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON -DFETCHCONTENT_FULLY_DISCONNECTED=ON \
  -DFETCHCONTENT_SOURCE_DIR_GOOGLETEST=/usr/src/googletest >"$fallback.log"
grep -q "GoogleTest not installed, fetching it" "$fallback.log"
cmake --build "$fallback" -j "$(nproc)" --target saywho_segment_test
"$fallback/cpp/segment/saywho_segment_test" --gtest_brief=1

python3 -m pytest -q tests/python
