import { describe, expect, it } from 'vitest';
import { mdEscape, situationReport } from './report.ts';
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
    },
  ],
};

describe('situation report', () => {
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
});
