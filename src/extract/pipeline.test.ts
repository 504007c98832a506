import { describe, expect, it } from 'vitest';
import type { Mention } from '../model/mention.ts';
import { createReader, STAGES, validatePipeline } from './pipeline.ts';
import type { ReadContext, Stage } from './types.ts';

const ctx = (text: string): ReadContext => ({
  text,
  published: '2022-01-17',
  updates: [],
  language: 'en',
  links: [],
  dateline: null,
});

const stage = (
  name: string,
  produces: Stage['produces'],
  needs: Stage['needs'],
  run: Stage['run'] = () => [],
): Stage => ({
  name,
  version: 1,
  produces,
  needs,
  run,
});

describe('stage table', () => {
  it('the default table is valid', () => {
    expect(() => validatePipeline(STAGES)).not.toThrow();
  });

  it('rejects a stage whose needs come later or never', () => {
    expect(() => validatePipeline([{ stage: stage('t', 'token', ['sentence']) }])).toThrow(/needs sentence/);
    expect(() =>
      validatePipeline([{ stage: stage('t', 'token', ['sentence']) }, { stage: stage('s', 'sentence', []) }]),
    ).toThrow(/needs sentence/);
  });

  it('rejects duplicate names and refiners before their kind exists', () => {
    expect(() =>
      validatePipeline([{ stage: stage('s', 'sentence', []) }, { stage: stage('s', 'token', []) }]),
    ).toThrow(/duplicate/);
    expect(() => validatePipeline([{ refiner: { name: 'r', kinds: ['time'], run: (_c, m) => m } }])).toThrow(
      /refines time/,
    );
  });

  it('passes earlier mentions to later stages and drops invalid spans with a diagnostic', () => {
    const seen: number[] = [];
    const read = createReader([
      {
        stage: stage('s', 'sentence', [], (c) => [{ kind: 'sentence', span: [0, c.text.length], by: 's@1' }]),
      },
      {
        stage: stage('t', 'token', ['sentence'], (_c, view) => {
          seen.push(view.of('sentence').length);
          return [
            { kind: 'token', span: [0, 3], by: 't@1', cls: 'word' },
            { kind: 'token', span: [2, 99], by: 't@1', cls: 'word' },
          ];
        }),
      },
      {
        refiner: {
          name: 'drop-short',
          kinds: ['token'],
          run: (_c, ms: Mention[]) => ms.filter((m) => m.span[1] - m.span[0] > 10),
        },
      },
    ]);
    const out = read(ctx('abc def'));
    expect(seen).toEqual([1]);
    expect(out.mentions.map((m) => m.kind)).toEqual(['sentence']);
    expect(out.diagnostics.map((d) => d.code)).toEqual(['SPAN_INVALID']);
  });

  it('the default reader segments text', () => {
    const read = createReader();
    const out = read(ctx('Gen. Gulevich spoke. NATO listened.'));
    expect(out.mentions.filter((m) => m.kind === 'sentence').length).toBe(2);
  });
});
