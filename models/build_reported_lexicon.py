#!/usr/bin/env python3
"""Writes resources/lexicon/quote_reported_verbs.tsv: verbs that report
speech, thought, belief or stance without quotation marks ("declined to
comment", "endorsed Sanders", "criticized the plan", "seemed to ..."), for
reported speech beyond the core reporting verbs of quote_cue_verbs.tsv.

Provenance: learnt from the cue words of PolNeAR's TRAIN part
(../shared/data/quotes/polnear/train.jsonl; no dev or test text is read).
A cue's head is its first word after auxiliaries, negation and "to" ("has
said" -> said, "did not mention" -> mention). A head is kept when it is a
cue at least MIN_CUES times and at least MIN_RATE of its occurrences in the
train text are cues, so frequent words that only sometimes report ("went",
"read") stay out. Adverbs (-ly), clitics and the heads the core list or a
phrase handles already are left out. The result is a general English word
list; the corpus itself is not copied.

Columns: form<TAB>complement, where complement is "to" when most of the
form's reported contents open with an infinitive ("declined to comment",
"vowed to fight": the content starts at "to") and "clause" otherwise (a
clause or a noun phrase follows the verb).

Run from the repository root: python3 models/build_reported_lexicon.py [--out FILE]
"""
import argparse
import collections
import json
import os
import re

TRAIN = os.path.join(os.path.dirname(os.path.abspath('.')), 'shared', 'data', 'quotes', 'polnear', 'train.jsonl')
OUT = 'resources/lexicon/quote_reported_verbs.tsv'
CORE = 'resources/lexicon/quote_cue_verbs.tsv'
MIN_CUES = 3
MIN_RATE = 0.25
AUXILIARIES = set("""has have had is are was were be been being did does do not n't also to will would could
should can may might must just already still even never 's 're 've 'll 'd""".split())
# Heads that are not verbs of their own or that other lists own.
SKIP = set("""according ll ve re d s t""".split())


def tokens(s):
    # "don't think" -> do n't think: the negation is split off so the verb
    # after it is the head.
    s = s.lower().replace('\u2019', "'").replace("n't", " n't")
    return re.findall(r"[a-z]+(?:'[a-z]+)?|n't", s)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args(argv)
    core = set()
    for line in open(CORE, encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            core.add(line.split('\t')[0])
    cues, seen, to_first = collections.Counter(), collections.Counter(), collections.Counter()
    for line in open(TRAIN, encoding='utf-8'):
        doc = json.loads(line)
        seen.update(tokens(doc['text']))
        for q in doc['quotes']:
            head = [w for w in tokens(q.get('cue') or '') if w not in AUXILIARIES]
            if not head:
                continue
            cues[head[0]] += 1
            if q.get('cue_end') is not None and q['start'] >= q['cue_end']:
                first = tokens(q['text'][:20])
                to_first[head[0]] += bool(first) and first[0] == 'to'
    rows = []
    for head, n in cues.items():
        if n < MIN_CUES or n / max(1, seen[head]) < MIN_RATE:
            continue
        if head in SKIP or head in core or head.endswith('ly') or "'" in head:
            continue
        rows.append((head, 'to' if to_first[head] * 2 > n else 'clause'))
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write('# Verbs that report speech, thought or stance without quotation marks, beyond\n'
                '# quote_cue_verbs.tsv: form<TAB>complement (to: the content is an infinitive,\n'
                '# "declined to comment"; clause: a clause or noun phrase). General English;\n'
                '# built by models/build_reported_lexicon.py from PolNeAR train cue words.\n')
        for head, comp in sorted(rows):
            f.write('%s\t%s\n' % (head, comp))
    print('%d forms -> %s' % (len(rows), args.out))


if __name__ == '__main__':
    main()
