#!/bin/sh
# Rebuilds the shipped entity model, resources/models/ner.bin, from the
# corpora in /work/shared/data (about 2 minutes on an idle core; 5-10 when
# the machine is busy):
#   1. compact gazetteers     -> resources/lexicon/gaz_*.txt, given_names_*.txt
#   2. word clusters from raw news -> resources/models/clusters.tsv
#   3. the averaged perceptron over all name corpora, keeping the epoch with
#      the best F1 on CoNLL dev (news, the pipeline's domain; choosing by the
#      mean with UNER EWT dev, web text, was tried: its epoch scored 0.004
#      lower on CoNLL dev and 0.008 higher on UNER);
#      CoNLL is listed three times: seen thrice an epoch, which measured best
#      on CoNLL dev and on UNER EWT dev
# usage: models/build_model.sh [DATA_DIR] [BUILD_DIR]
set -eu
DATA=${1:-/work/shared/data}
BUILD=${2:-build/ner}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
NER=$DATA/ner

python3 models/build_lexicons.py --data "$DATA" --out resources/lexicon
if [ ! -s resources/models/clusters.tsv ] || [ "${REBUILD_CLUSTERS:-0}" = 1 ]; then
  OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 python3 models/build_clusters.py --data "$DATA" \
    -o resources/models/clusters.tsv
fi
if [ ! -d "$BUILD" ]; then
  cmake -S . -B "$BUILD" -G Ninja -DSAYWHO_BUILD_PYTHON=OFF -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$BUILD" --target saywho_ner_tool
"$BUILD"/cpp/entities/saywho_ner_tool train \
  --train "$NER/conll2003/train.conll,$NER/conll2003/train.conll,$NER/conll2003/train.conll,$NER/gum_named/train.conll,$NER/wnut17/train.conll,$NER/btc/train.conll,$NER/re3d/train.conll,$NER/sec_filings/train.conll" \
  --dev "$NER/conll2003/dev.conll" \
  --clusters resources/models/clusters.tsv --lexicon resources/lexicon \
  --epochs "${EPOCHS:-12}" -o resources/models/ner.bin
ls -l resources/models/ner.bin
