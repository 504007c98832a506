import { describe, expect, it } from 'vitest';
import {
  citedReport,
  MAX_LINES,
  mdEscape,
  selectEvents,
  selectFigures,
  situationReport,
  spread,
} from './report.ts';
import type { EventPage, FigureClaims } from './views.ts';

const event: EventPage = {
  id: 'V1',
  type: 'military_exercise',
  name: 'Allied Resolve',
  start: '2022-02-10',
  end: '2022-02-20',
  reports: 2,
  sources: 1,
  statuses: { ongoing: 2 },
  actors: ['Russia'],
  places: ['Brest'],
  reportList: [
    {
      doc: 'd1',
      title: 'Drills [begin]',
      outlet: 'Wire',
      published: '2022-02-10T08:00:00Z',
      docEvent: 'v1',
      rule: 'new',
      duplicateOf: null,
      status: 'ongoing',
      start: '2022-02-10',
      end: '2022-02-20',
      timeFrom: 'event',
      timeText: 'Feb. 10–20',
      timeRole: 'at',
      trigger: [10, 15],
      triggerText: 'began',
      sentence: [0, 40],
      sentenceText: 'Russia *began* the drills <script>.',
      actors: ['Russia'],
      places: ['Brest'],
      size: null,
      claimedBy: null,
      by: 'event@1:trigger',
    },
    {
      doc: 'd2',
      title: 'Reprint',
      outlet: 'Paper',
      published: '2022-02-11',
      docEvent: 'v1',
      rule: 'name',
      duplicateOf: 'd1',
      status: 'ongoing',
      start: '2022-02-11',
      end: '2022-02-11',
      timeFrom: 'published',
      timeText: null,
      timeRole: 'at',
      trigger: [10, 15],
      triggerText: 'began',
      sentence: [0, 40],
      sentenceText: 'Russia began the drills.',
      actors: [],
      places: [],
      size: null,
      claimedBy: null,
      by: 'event@1:trigger',
    },
  ],
};
const figure: FigureClaims = {
  id: 'F1',
  unit: 'troops',
  measure: null,
  about: 'Russia',
  sources: 1,
  claims: [
    {
      doc: 'd3',
      title: 'Count',
      outlet: 'Ledger',
      published: '2022-02-12',
      quantity: 'q1',
      value: 30000,
      max: null,
      qualifier: 'about',
      text: 'about 30,000 troops',
      span: [5, 24],
      sentenceText: 'NATO said about 30,000 troops.',
      claimant: 'NATO',
      claimantKind: 'speaker',
      relay: 'BelTA',
      duplicateOf: null,
      by: 'quantity@1:digits',
    },
  ],
};

describe('situation report', () => {
  it('gives its footnotes as data too, numbered as in the Markdown, and names a closed period', () => {
    const r = citedReport({
      since: '2022-02-01',
      until: '2022-02-28',
      generated: 'now',
      events: [event],
      figures: [figure],
    });
    expect(r.markdown).toContain('# Situation report, 2022-02-01 to 2022-02-28');
    expect(r.citations.length).toBeGreaterThan(1);
    for (const c of r.citations) {
      expect(r.markdown).toContain(`[^${c.n}]: `);
      expect(r.markdown).toContain(`[${c.span[0]}, ${c.span[1]})`);
    }
    expect(r.citations.map((c) => c.n)).toEqual(r.citations.map((_, i) => i + 1));
  });

  it('footnotes every report and claim to its document span and sentence, in order', () => {
    const md = situationReport({ since: '2022-02-01', generated: 'now', events: [event], figures: [figure] });
    expect(md).toContain('# Situation report since 2022-02-01');
    expect(md).toContain('### Allied Resolve \\(military exercise\\), 2022-02-10 – 2022-02-20');
    expect(md).toMatch(/- Wire: “began”, ongoing, time “Feb\. 10–20” \(2022-02-10 – 2022-02-20\)\[\^1\]/);
    expect(md).toContain('copy of d1');
    const until = {
      ...event.reportList[0]!,
      timeText: 'Feb. 20',
      start: '2022-02-20',
      timeRole: 'until' as const,
    };
    const md2 = situationReport({
      since: '2022-02-01',
      generated: 'now',
      events: [{ ...event, reportList: [until] }],
      figures: [],
    });
    expect(md2).toContain('time “Feb. 20” (until 2022-02-20)');
    expect(md).toContain('according to NATO via BelTA, in Ledger[^3]');
    expect(md).toContain(
      '[^1]: Wire, “Drills \\[begin\\]” (d1, 2022-02-10), [10, 15): “Russia \\*began\\* the drills \\<script\\>.”',
    );
    expect(md).toContain('[^3]: Ledger, “Count” (d3, 2022-02-12), [5, 24)');
  });

  it('says so when the period is empty', () => {
    const md = situationReport({ since: null, generated: 'now', events: [], figures: [] });
    expect(md).toContain('No events in this period.');
    expect(md).not.toContain('## Sources');
  });

  it('escapes Markdown and HTML in article text', () => {
    expect(mdEscape('[x](http://e) <b>*_`')).toBe('\\[x\\]\\(http://e\\) \\<b\\>\\*\\_\\`');
  });

  it('fills the report with the most reported events, then those with actors and exact dates, in time order', () => {
    const e = (
      id: string,
      start: string | null,
      end: string | null,
      sources: number,
      actors: string[] = [],
    ) => ({
      ...event,
      id,
      start,
      end,
      sources,
      reports: sources,
      actors,
    });
    const year = e('Vyear', '2016-01-01', '2016-12-31', 1);
    const day = e('Vday', '2016-03-02', '2016-03-02', 1);
    const acted = e('Vacted', '2016-05-01', '2016-05-31', 1, ['Hillary Clinton']);
    const wide = e('Vwide', '2016-06-01', '2016-06-01', 3);
    expect(selectEvents([year, day, acted, wide], 3).map((x) => x.id)).toEqual(['Vday', 'Vacted', 'Vwide']);
    // Negative: a short list keeps every event, in time order, undated ones last.
    const undated = e('Vnone', null, null, 1);
    expect(selectEvents([undated, wide, year], 5).map((x) => x.id)).toEqual(['Vyear', 'Vwide', 'Vnone']);
  });

  it('shows at most a few reports per event, one per outlet first, and counts the rest', () => {
    const r = event.reportList[0]!;
    const many = Array.from({ length: 20 }, (_, i) => ({
      ...r,
      doc: `d${i}`,
      outlet: i < 15 ? 'Wire' : `O${i}`,
    }));
    const picked = spread(many, MAX_LINES);
    expect(picked.length).toBe(MAX_LINES);
    expect(new Set(picked.map((x) => x.outlet)).size).toBe(6);
    expect(picked.map((x) => x.doc)).toEqual(
      [...picked.map((x) => x.doc)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
    );
    const md = situationReport({
      since: null,
      generated: 'now',
      events: [{ ...event, reportList: many }],
      figures: [],
    });
    expect(md).toContain(`- … and ${20 - MAX_LINES} more reports`);
    expect(spread(many.slice(0, 3), MAX_LINES).length).toBe(3);
  });

  it('shows figures that say what they count first, and no bare unit that one document alone gives', () => {
    const claim = figure.claims[0]!;
    const f = (id: string, about: string | null, docs: string[]) => ({
      ...figure,
      id,
      about,
      claims: docs.map((doc) => ({ ...claim, doc })),
    });
    const anchored = f('F1', 'Russia', ['d1', 'd2']);
    const bare = f('F2', null, ['d1', 'd2', 'd3']);
    const recipe = f('F3', null, ['d4', 'd4', 'd4']);
    expect(selectFigures([bare, recipe, anchored], 5).map((x) => x.id)).toEqual(['F1', 'F2']);
    // Negative: a figure of one document that says what it counts is still shown.
    expect(selectFigures([f('F4', 'Poland', ['d9'])], 5).map((x) => x.id)).toEqual(['F4']);
  });

  it('writes values with separators and names an outlet that states a figure itself once', () => {
    const own = {
      ...figure.claims[0]!,
      value: 1_000_000_000,
      claimant: 'Ledger',
      claimantKind: 'outlet',
      relay: null,
    };
    const md = situationReport({
      since: null,
      generated: 'now',
      events: [],
      figures: [{ ...figure, claims: [own] }],
    });
    expect(md).toContain('1,000,000,000 (about');
    expect(md).toContain('”) in Ledger[^1]');
    expect(md).not.toContain('according to Ledger');
  });
});
