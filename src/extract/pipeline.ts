import { type Diagnostic, diagnostic, SitrepError } from '../model/errors.ts';
import type { Mention, MentionKind, MentionOf } from '../model/mention.ts';
import { isValidSpan } from '../model/span.ts';
import { readsAsEnglish } from './english.ts';
import { entityStage } from './entities/index.ts';
import { eventStage } from './events/index.ts';
import { quantityStage } from './quantities/stage.ts';
import { quoteStage } from './quotes/stage.ts';
import { sentenceStage } from './segment/sentences.ts';
import { tokenStage } from './segment/tokens.ts';
import { timeStage } from './times/index.ts';
import type { MentionView, PipelineStep, ReadContext } from './types.ts';

/**
 * The stage table, in order. Later issues append their stages here; a stage only reads the
 * kinds listed in its `needs`, which must be produced higher up in this table.
 */
export const STAGES: readonly PipelineStep[] = [
  // Sentences first: every later stage works sentence by sentence.
  { stage: sentenceStage },
  // Tokens respect sentence bounds (no token crosses a sentence end).
  { stage: tokenStage },
  // Times read sentence bounds for tense ("said Tuesday" looks back, "will meet Tuesday" ahead).
  { stage: timeStage },
  // Entities read sentences and tokens; quantities and quotes below refer to them.
  { stage: entityStage },
  // Quantities read sentences (and times/entities when those stages are above them).
  { stage: quantityStage },
  // Quotes after quantities; they read sentences (and entities when present) for speakers and relays.
  { stage: quoteStage },
  // Events last: they read every kind above for triggers' arguments, claimants and status.
  { stage: eventStage },
];

/** Checks a stage table: unique names, and every need met by an earlier stage. */
export function validatePipeline(steps: readonly PipelineStep[]): void {
  const produced = new Set<MentionKind>();
  const names = new Set<string>();
  for (const step of steps) {
    const name = 'stage' in step ? step.stage.name : step.refiner.name;
    if (names.has(name)) throw new SitrepError('PIPELINE_INVALID', `duplicate stage name ${name}`);
    names.add(name);
    if ('stage' in step) {
      for (const need of step.stage.needs) {
        if (!produced.has(need)) {
          throw new SitrepError(
            'PIPELINE_INVALID',
            `stage ${name} needs ${need}, which no earlier stage produces`,
          );
        }
      }
      produced.add(step.stage.produces);
    } else {
      for (const kind of step.refiner.kinds) {
        if (!produced.has(kind)) {
          throw new SitrepError(
            'PIPELINE_INVALID',
            `refiner ${name} refines ${kind} before any stage produces it`,
          );
        }
      }
    }
  }
}

/** The result of reading one document. */
export interface ReadResult {
  readonly mentions: readonly Mention[];
  readonly diagnostics: readonly Diagnostic[];
}

class Mentions implements MentionView {
  private byKind = new Map<MentionKind, Mention[]>();
  of<K extends MentionKind>(kind: K): readonly MentionOf<K>[] {
    return (this.byKind.get(kind) ?? []) as unknown as MentionOf<K>[];
  }
  set(kind: MentionKind, list: Mention[]): void {
    this.byKind.set(kind, list);
  }
  all(): Mention[] {
    // A plain loop: Array.prototype.flat is several times slower on thousands of tokens.
    const out: Mention[] = [];
    for (const list of this.byKind.values()) for (const m of list) out.push(m);
    return out;
  }
}

function byPosition(a: Mention, b: Mention): number {
  return a.span[0] - b.span[0] || a.span[1] - b.span[1];
}

/** Builds a reader over a validated stage table. */
export function createReader(steps: readonly PipelineStep[] = STAGES): (ctx: ReadContext) => ReadResult {
  validatePipeline(steps);
  return (ctx) => {
    const view = new Mentions();
    const diagnostics: Diagnostic[] = [];
    for (const step of steps) {
      if ('stage' in step) {
        const produced = step.stage.run(ctx, view).filter((m) => {
          if (isValidSpan(m.span, ctx.text.length)) return true;
          diagnostics.push(diagnostic('SPAN_INVALID', `${step.stage.name} produced span ${m.span}`));
          return false;
        });
        produced.sort(byPosition);
        const before = view.of(step.stage.produces);
        // Most kinds come from one stage: then the sorted proposals are the list as they are.
        view.set(
          step.stage.produces,
          before.length === 0 ? produced : [...before, ...produced].sort(byPosition),
        );
      } else {
        const kinds = new Set(step.refiner.kinds);
        const refined = step.refiner.run(
          ctx,
          [...kinds].flatMap((k) => [...view.of(k)]),
        );
        for (const k of kinds) view.set(k, refined.filter((m) => m.kind === k).sort(byPosition));
      }
    }
    return { mentions: view.all(), diagnostics };
  };
}

let defaultReader: ((ctx: ReadContext) => ReadResult) | null = null;
let segmentReader: ((ctx: ReadContext) => ReadResult) | null = null;

/**
 * Reads one document with the default stage table. A text plainly in another language gets its
 * sentences and tokens only, and says so: the extractors are English, and on Russian or Italian
 * pages they make names of common words and figures of every number (`LANGUAGE_UNSUPPORTED`).
 */
export function read(ctx: ReadContext): ReadResult {
  if (!readsAsEnglish(ctx.text)) {
    segmentReader ??= createReader(STAGES.slice(0, 2));
    const r = segmentReader(ctx);
    return {
      mentions: r.mentions,
      diagnostics: [
        ...r.diagnostics,
        diagnostic(
          'LANGUAGE_UNSUPPORTED',
          `the text is not English (language ${ctx.language ?? 'unknown'}); stored with its sentences, no facts read`,
        ),
      ],
    };
  }
  defaultReader ??= createReader();
  return defaultReader(ctx);
}
