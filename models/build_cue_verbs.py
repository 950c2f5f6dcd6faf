#!/usr/bin/env python3
"""Writes resources/lexicon/quote_cue_verbs.tsv: reporting verbs (general
English, listed here by lemma) in every inflection, with their class and
whether their object is the addressee or the target. Run from the repository root:

  python3 models/build_cue_verbs.py [--out FILE]
"""
import argparse
import re
speech = """say tell warn declare insist call describe write tweet announce add argue explain note ask claim assert
maintain contend suggest acknowledge admit concede confirm deny report reply respond answer remark comment observe
stress emphasize emphasise reiterate repeat recall recount predict promise vow pledge threaten urge demand complain
lament boast brag joke quip muse shout yell scream cry exclaim whisper mutter grumble caution allege accuse
criticize criticise praise testify propose recommend advise proclaim pronounce reveal disclose indicate
blog email inform assure reassure retort rebut protest conclude continue elaborate clarify
summarize dub characterize hail decry denounce condemn blast slam wonder agree disagree
dispute challenge mention cite quote envision envisage forecast estimate speculate hint imply swear affirm
attest plead implore instruct command pen publish write speak declare concur mock ridicule tout
lash caution recommend dismiss reject defend insist
chant recite interject interrupt snap bark scoff gush rave sigh press
read opine react confess exhort echo""".split()
thought = """think believe feel hope fear expect worry doubt reckon suspect assume guess imagine
realize realise recognize want wish
know show find support oppose endorse favor favour""".split()
irregular = {
 'say': ['says', 'said', 'saying'], 'tell': ['tells', 'told', 'telling'],
 'write': ['writes', 'wrote', 'written', 'writing'], 'speak': ['speaks', 'spoke', 'spoken', 'speaking'],
 'think': ['thinks', 'thought', 'thinking'], 'feel': ['feels', 'felt', 'feeling'],
 'know': ['knows', 'knew', 'known', 'knowing'], 'swear': ['swears', 'swore', 'sworn', 'swearing'],
 'put': ['puts', 'put', 'putting'], 'understand': ['understands', 'understood', 'understanding'],
 'forecast': ['forecasts', 'forecast', 'forecasting'], 'seek': ['seeks', 'sought', 'seeking'],
 'see': ['sees', 'saw', 'seen', 'seeing'], 'pen': ['pens', 'penned', 'penning'],
 'quip': ['quips', 'quipped', 'quipping'], 'admit': ['admits', 'admitted', 'admitting'],
 'rebut': ['rebuts', 'rebutted', 'rebutting'], 'blog': ['blogs', 'blogged', 'blogging'],
 'plead': ['pleads', 'pleaded', 'pled', 'pleading'], 'slam': ['slams', 'slammed', 'slamming'],
 'refer': ['refers', 'referred', 'referring'], 'concur': ['concurs', 'concurred', 'concurring'],
 'lash': ['lashes', 'lashed', 'lashing'], 'regret': ['regrets', 'regretted', 'regretting'],
 'snap': ['snaps', 'snapped', 'snapping'], 'brag': ['brags', 'bragged', 'bragging'],
 'dub': ['dubs', 'dubbed', 'dubbing'], 'read': ['reads', 'read', 'reading'],
 'echo': ['echoes', 'echoed', 'echoing'], 'find': ['finds', 'found', 'finding'],
 'show': ['shows', 'showed', 'shown', 'showing'],
}
def forms(v):
    if v in irregular: return [v]+irregular[v]
    out=[v]
    if re.search(r'(s|sh|ch|x|z)$',v): out.append(v+'es')
    elif re.search(r'[^aeiou]y$',v): out.append(v[:-1]+'ies')
    else: out.append(v+'s')
    if v.endswith('ee'): out += [v+'d', v+'ing']  # agreed, agreeing
    elif v.endswith('e'): out += [v+'d', v[:-1]+'ing']
    elif re.search(r'[^aeiou]y$',v): out += [v[:-1]+'ied', v+'ing']
    else: out += [v+'ed', v+'ing']
    return out
# Verbs whose object is the addressee ("told reporters", "asked the
# senator") or the target ("praised the plan"), not the speaker. Their
# inverted reading ("said X") is wrong; after an addressee the speaker's own
# words may follow ("told reporters "We will win."").
addressee = set('''tell ask warn urge assure reassure inform advise implore order instruct command
press'''.split())
target = set('''thank praise criticize criticise accuse call describe quote slam blast mock ridicule dub hail
defend dismiss reject decry denounce condemn challenge question lash tout cite invoke mention'''.split())
# Single forms of verbs whose other forms are mostly nouns ("state", "posts",
# "a charge", "a laugh").
extra_forms = {'stated': ('state', 'speech'), 'states': ('state', 'speech'), 'posted': ('post', 'speech')}
for lemma in 'charge counter text thunder fume groan laugh chuckle mouth'.split():
    stem = lemma[:-1] if lemma.endswith('e') else lemma
    extra_forms[stem + 'ed'] = (lemma, 'speech')
    extra_forms[stem + 'ing'] = (lemma, 'speech')
parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
parser.add_argument('--out', default='resources/lexicon/quote_cue_verbs.tsv')
args = parser.parse_args()
seen=set()
with open(args.out,'w') as f:
    f.write('# Reporting verbs in every inflection: form<TAB>lemma<TAB>class[<TAB>addressee|target].\n')
    f.write('# addressee, target: the verb\'s object is whom the words are for ("told\n'
            '# reporters") or what they are about ("praised the plan"), so no speaker\n# follows it.\n')
    f.write('# class: speech (words said or written) or thought (belief, wish: reported\n'
            '# speech without marks only). General English.\n')
    for cls, lst in (('speech',speech),('thought',thought)):
        for v in lst:
            for w in forms(v):
                if w in seen: continue
                seen.add(w)
                kind = 'addressee' if v in addressee else 'target' if v in target else ''
                f.write(f'{w}\t{v}\t{cls}' + (f'\t{kind}' if kind else '') + '\n')
    for w, (v, cls) in extra_forms.items():
        if w not in seen:
            f.write(f'{w}\t{v}\t{cls}\n')
