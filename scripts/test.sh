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

python3 -m pytest -q tests/python
