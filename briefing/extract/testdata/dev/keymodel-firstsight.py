#!/usr/bin/env python3
"""Writes keymodel-firstsight.jsonl: every figure the extractor gave each
dev article at its batch's first sight -- the commit before the batch's
articles file was added, when the rules had not read it -- with the number,
unit and key rules --explain named. The key model's harness
(figures_keymodel_train_test.go) learns from and measures on these.

Run from the repository root, with a sitrep binary built at each commit
(git worktree add --detach /tmp/wt-C C && go build -o /tmp/sitrep-C .):

  python3 briefing/extract/testdata/dev/keymodel-firstsight.py \
    -b6=14b3bd6=/tmp/sitrep-14b3bd6 -b7=8e2b1fe=/tmp/sitrep-8e2b1fe \
    -b9=211d8d1=/tmp/sitrep-211d8d1 -b10=e71f27d=/tmp/sitrep-e71f27d \
    -b14=9c4ffda=/tmp/sitrep-9c4ffda -b17=f9e1d36=/tmp/sitrep-f9e1d36 \\
    -b18=6468cfb=/tmp/sitrep-6468cfb -b19=6468cfb=/tmp/sitrep-6468cfb > briefing/extract/testdata/dev/keymodel-firstsight.jsonl

Each commit is the parent of the first commit that added articles-BATCH.jsonl
(git log --diff-filter=A). Only DEV batches: never a held-out one.
"""
import json, subprocess, sys, tempfile, os
for arg in sys.argv[1:]:
    batch, commit, binary = arg.split('=')
    for line in open('briefing/extract/testdata/dev/articles%s.jsonl' % batch):
        a = json.loads(line)
        with tempfile.NamedTemporaryFile('w', delete=False, suffix='.txt') as f:
            f.write(a['text'])
        r = subprocess.run([binary, 'extract', '--json', '--explain', f.name], capture_output=True, text=True, check=True)
        os.unlink(f.name)
        figs = json.loads(r.stdout)['figures']
        keep = []
        for g in figs:
            assert a['text'].encode()[g['start']:g['end']] == g['text'].encode()
            h = {k: g[k] for k in ('text', 'start', 'end', 'value', 'qualifier', 'unit', 'role', 'key', 'rules')}
            h['rules'] = ', '.join(r for r in g['rules'].split(', ') if r.split('/')[0] in ('number', 'unit', 'key'))
            keep.append(h)
        print(json.dumps({'batch': batch, 'id': a['id'], 'commit': commit, 'figures': keep}, ensure_ascii=False))
