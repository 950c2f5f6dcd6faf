#!/bin/sh
# Rebuilds the shipped part-of-speech model, resources/models/pos.bin, from
# UD English GUM in /work/shared/data/ud/gum (seconds): an averaged
# perceptron over the UPOS tags of GUM train, keeping the epoch most
# accurate on GUM dev, with the word clusters the entity model uses
# (resources/models/clusters.tsv; cpp/pos; MODEL.md has its figures).
# usage: models/build_pos_model.sh [DATA_DIR] [BUILD_DIR]
set -eu
DATA=${1:-/work/shared/data}
BUILD=${2:-build/ner}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
if [ ! -d "$BUILD" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DSAYWHO_BUILD_PYTHON=OFF -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$BUILD" --target saywho_pos_tool
"$BUILD"/cpp/pos/saywho_pos_tool train \
  --train "$DATA/ud/gum/train.conllu" --dev "$DATA/ud/gum/dev.conllu" \
  --clusters resources/models/clusters.tsv --epochs "${EPOCHS:-10}" -o resources/models/pos.bin
ls -l resources/models/pos.bin
