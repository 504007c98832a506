import { readFileSync } from 'node:fs';
import { type ConllDocument, ConllScore, parseConll, prf } from '../../src/extract/entities/conll.ts';
import { CONLL_TYPES, type ConllType } from '../../src/extract/entities/constants.ts';
import type { TaggedSpan } from '../../src/extract/entities/perceptron.ts';
import { conllTypeOf, recognise } from '../../src/extract/entities/recognise.ts';
import { type EvalTask, formatTable } from '../lib/task.ts';

/**
 * CoNLL-2003 English NER: conlleval-style exact match (extent and type), micro P/R/F1 over
 * PER/ORG/LOC/MISC. sitrep's recogniser runs on the given tokens, document by document, and its
 * finer types are mapped back onto the four CoNLL types. The peer is compromise's people(),
 * places() and organizations() on the same documents in the same run (it has no MISC).
 */

type Compromise = (text: string) => {
  people(): { json(o: { offset: true }): { offset: { start: number; length: number } }[] };
  places(): { json(o: { offset: true }): { offset: { start: number; length: number } }[] };
  organizations(): { json(o: { offset: true }): { offset: { start: number; length: number } }[] };
};

function sitrepSpans(doc: ConllDocument): TaggedSpan[][] {
  const found = recognise(doc.map((s) => s.words));
  const out: TaggedSpan[][] = doc.map(() => []);
  for (const f of found) out[f.si]!.push({ start: f.start, end: f.end, type: conllTypeOf(f) });
  return out;
}

const PUNCT = /^[^\p{L}\p{N}]+$/u;

function peerSpans(nlp: Compromise, doc: ConllDocument): TaggedSpan[][] {
  // One text per document, sentences on their own lines, words separated by one space.
  const where: { si: number; wi: number; start: number; end: number }[] = [];
  let text = '';
  doc.forEach((s, si) => {
    s.words.forEach((w, wi) => {
      if (wi > 0) text += ' ';
      where.push({ si, wi, start: text.length, end: text.length + w.length });
      text += w;
    });
    text += '\n';
  });
  const out: TaggedSpan[][] = doc.map(() => []);
  const d = nlp(text);
  const add = (items: { offset: { start: number; length: number } }[], type: ConllType) => {
    for (const { offset } of items) {
      const end = offset.start + offset.length;
      let inside = where.filter((w) => w.start >= offset.start && w.end <= end);
      while (inside.length && PUNCT.test(doc[inside[0]!.si]!.words[inside[0]!.wi]!)) inside = inside.slice(1);
      while (inside.length && PUNCT.test(doc[inside.at(-1)!.si]!.words[inside.at(-1)!.wi]!))
        inside = inside.slice(0, -1);
      if (!inside.length || inside[0]!.si !== inside.at(-1)!.si) continue;
      out[inside[0]!.si]!.push({ start: inside[0]!.wi, end: inside.at(-1)!.wi + 1, type });
    }
  };
  add(d.people().json({ offset: true }), 'PER');
  add(d.places().json({ offset: true }), 'LOC');
  add(d.organizations().json({ offset: true }), 'ORG');
  return out;
}

function figures(score: ConllScore) {
  const all = prf(score.all);
  const byType = Object.fromEntries(CONLL_TYPES.map((t) => [t, prf(score.byType[t]).f1]));
  return { ...all, byType };
}

export const conll2003Task: EvalTask = {
  name: 'conll2003',
  description: 'CoNLL-2003 English NER, conlleval exact-match micro P/R/F1 (peer: compromise)',
  defaultData: 'datasets/conll2003/eng.testa',
  async run(dataPath) {
    const docs = parseConll(readFileSync(dataPath, 'utf8'));
    const nlp = (await import('compromise')).default as unknown as Compromise;
    const ours = new ConllScore();
    const peer = new ConllScore();
    let oursMs = 0;
    let peerMs = 0;
    for (const doc of docs) {
      let t = performance.now();
      const mine = sitrepSpans(doc);
      oursMs += performance.now() - t;
      t = performance.now();
      const theirs = peerSpans(nlp, doc);
      peerMs += performance.now() - t;
      doc.forEach((s, i) => {
        ours.add(mine[i]!, s.spans);
        peer.add(theirs[i]!, s.spans);
      });
    }
    const a = figures(ours);
    const b = figures(peer);
    const rows = [
      ['sitrep', a.precision, a.recall, a.f1, ...CONLL_TYPES.map((t) => a.byType[t]!), Math.round(oursMs)],
      [
        'compromise',
        b.precision,
        b.recall,
        b.f1,
        ...CONLL_TYPES.map((t) => b.byType[t]!),
        Math.round(peerMs),
      ],
    ];
    return {
      table: formatTable(['system', 'P', 'R', 'F1', ...CONLL_TYPES.map((t) => `F1 ${t}`), 'ms'], rows),
      figures: {
        precision: a.precision,
        recall: a.recall,
        f1: a.f1,
        ...Object.fromEntries(CONLL_TYPES.map((t) => [`f1${t}`, a.byType[t]!])),
        entities: ours.all.gold,
        peer: {
          precision: b.precision,
          recall: b.recall,
          f1: b.f1,
          ...Object.fromEntries(CONLL_TYPES.map((t) => [`f1${t}`, b.byType[t]!])),
        },
      },
    };
  },
};
