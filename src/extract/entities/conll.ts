import { CONLL_TYPES, type ConllType } from './constants.ts';
import type { TaggedSpan } from './perceptron.ts';

/**
 * The CoNLL-2003 format (token, POS, chunk, NER per line; IOB1 tags; `-DOCSTART-` between
 * documents) and its metric: entity-level exact match, micro P/R/F1 as `conlleval` computes it.
 */

/** A sentence: its words and gold entity spans. */
export interface ConllSentence {
  readonly words: string[];
  readonly spans: TaggedSpan[];
}

/** A document: its sentences. */
export type ConllDocument = ConllSentence[];

/** Entity spans of IOB1 (or IOB2) tags: a new entity starts at B-, or at I- after another type or O. */
export function iobSpans(tags: readonly string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let start = -1;
  let type: ConllType | null = null;
  const close = (end: number) => {
    if (type && start >= 0) out.push({ start, end, type });
    start = -1;
    type = null;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) {
      close(i);
      return;
    }
    const t = tag.slice(2) as ConllType;
    if (tag.startsWith('B-') || t !== type) {
      close(i);
      start = i;
      type = t;
    }
  });
  close(tags.length);
  return out;
}

/** Parses a CoNLL-2003 file into documents. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (words.length) doc.push({ words, spans: iobSpans(tags) });
    words = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      endSentence();
      continue;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    words.push(cols[0]!);
    tags.push(cols[cols.length - 1]!);
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

/** Counts of one type (or all): true positives, predicted and gold entities. */
export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

/** P/R/F1 of counts. */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.tp / c.predicted : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** conlleval scoring: exact span and type; returns counts overall and per type. */
export class ConllScore {
  readonly all: Counts = { tp: 0, predicted: 0, gold: 0 };
  readonly byType: Record<ConllType, Counts> = Object.fromEntries(
    CONLL_TYPES.map((t) => [t, { tp: 0, predicted: 0, gold: 0 }]),
  ) as Record<ConllType, Counts>;

  /** Adds one sentence's predicted and gold spans. */
  add(predicted: readonly TaggedSpan[], gold: readonly TaggedSpan[]): void {
    const key = (s: TaggedSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const s of predicted) {
      this.all.predicted++;
      this.byType[s.type].predicted++;
      if (goldKeys.has(key(s))) {
        this.all.tp++;
        this.byType[s.type].tp++;
      }
    }
    for (const s of gold) {
      this.all.gold++;
      this.byType[s.type].gold++;
    }
  }
}
