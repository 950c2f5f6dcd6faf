#!/usr/bin/env bash
# The main job on the example article: installs what is missing, then prints
# a readable summary of the entities and quotations found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
python3 -m saywho extract examples/article.md --format table
