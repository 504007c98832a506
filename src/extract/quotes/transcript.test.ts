import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../model/mention.ts';
import { splitSentences } from '../segment/sentences.ts';
import { findQuotes } from './stage.ts';
import { findTurns, headEnd, labelColon } from './transcript.ts';

function quotes(text: string, entities: EntityMention[] = []) {
  return findQuotes({ text, sentences: splitSentences(text), entities }).map(({ mention: m }) => ({
    text: text.slice(m.span[0], m.span[1]),
    cue: m.cue ? text.slice(m.cue[0], m.cue[1]) : null,
    source: m.source ? text.slice(m.source[0], m.source[1]) : null,
    speaker: m.speakerText,
    direct: m.direct,
    by: m.by,
  }));
}

function turns(text: string) {
  return findTurns(text).map((a) => ({
    source: text.slice(a.source![0], a.source![1]),
    name: text.slice(a.sourceName![0], a.sourceName![1]),
    cue: text.slice(a.cue![0], a.cue![1]),
    text: text.slice(a.content[0], a.content[1]),
  }));
}

describe('transcripts: a paragraph opening with an upper-case speaker label', () => {
  it('reads each turn as a direct quote by its label, the colon as cue', () => {
    const t =
      'The mayor spoke to the station on Sunday.\n\nHOST: Will the bridge open this year?\n\nMORALES: It will open in June, and not a day later.\n\nHOST: You said that last year.';
    expect(turns(t)).toEqual([
      { source: 'HOST', name: 'HOST', cue: ':', text: 'Will the bridge open this year?' },
      { source: 'MORALES', name: 'MORALES', cue: ':', text: 'It will open in June, and not a day later.' },
      { source: 'HOST', name: 'HOST', cue: ':', text: 'You said that last year.' },
    ]);
    const q = quotes(t).filter((x) => x.by.includes('transcript'));
    expect(q.map((x) => [x.speaker, x.direct, x.cue])).toEqual([
      ['HOST', true, ':'],
      ['MORALES', true, ':'],
      ['HOST', true, ':'],
    ]);
  });

  it('reads titles, initials and a bracketed affiliation in the label; Q and A', () => {
    const t =
      'MR. OKAFOR: We have asked for the records twice.\n\nSEN. J. DOE (R-OHIO): The records are sealed.\n\nQ: When will they be released?\n\nA: Not before the spring.';
    expect(turns(t)).toEqual([
      { source: 'MR. OKAFOR', name: 'MR. OKAFOR', cue: ':', text: 'We have asked for the records twice.' },
      { source: 'SEN. J. DOE (R-OHIO)', name: 'SEN. J. DOE', cue: ':', text: 'The records are sealed.' },
      { source: 'Q', name: 'Q', cue: ':', text: 'When will they be released?' },
      { source: 'A', name: 'A', cue: ':', text: 'Not before the spring.' },
    ]);
  });

  it('carries a turn over the unlabelled paragraphs before the next turn, not past a stage direction', () => {
    const t =
      '"ANCHOR: What happens next?\n\n"BRENNAN: We wait for the court.\n\n"And then we appeal, if we must.\n\n"(LAUGHTER)\n\n"ANCHOR: Thank you.\n\n"Follow the show on Sundays."';
    expect(turns(t).map((x) => [x.name, x.text])).toEqual([
      ['ANCHOR', 'What happens next?'],
      ['BRENNAN', 'We wait for the court.'],
      ['BRENNAN', 'And then we appeal, if we must.'],
      ['ANCHOR', 'Thank you.'],
    ]);
    // The long quotation the marks make of it is the turns', not a quote of its own.
    const q = quotes(t);
    expect(q.filter((x) => !x.by.includes('transcript'))).toEqual([]);
  });

  it('stops a turn at a paragraph that does not open as the turn did (prose between turns)', () => {
    const t =
      '"REPORTER: Is the plant closing?\n\n"OWENS: No. We are hiring.\n\nOwens later told staff the same thing.\n\n"REPORTER: How many jobs?"';
    expect(turns(t).map((x) => [x.name, x.text])).toEqual([
      ['REPORTER', 'Is the plant closing?'],
      ['OWENS', 'No. We are hiring.'],
      ['REPORTER', 'How many jobs?'],
    ]);
  });

  it('needs two labelled paragraphs near each other: one label alone is a dateline or a heading', () => {
    expect(turns('NAIROBI: Rains flooded the market on Monday.\n\nTraders said stalls were lost.')).toEqual(
      [],
    );
    const far = `SMITH: One line here.\n\n${'A paragraph of prose.\n\n'.repeat(8)}JONES: Another line.`;
    expect(turns(far)).toEqual([]);
  });

  it('reads no salutation, page label or lower-case label as a speaker', () => {
    const letters =
      'DEAR ABBY: My neighbour parks on my lawn.\n\nDEAR ANNOYED: Talk to him first.\n\nDEAR ABBY: My son never calls.';
    expect(turns(letters)).toEqual([]);
    const furniture =
      'UPDATE: The road has reopened.\n\nSOURCE: City transport office.\n\nNOTE: Times are local.';
    expect(turns(furniture)).toEqual([]);
    const notes = 'Hawks: G Lee sat out with a sore ankle.\n\nBulls: Host the Hawks on Friday.';
    expect(turns(notes)).toEqual([]);
    // A colon with no space after it, or a space before it, is no label (`VIP :`, `10:30`).
    expect(turns('VIP : 60 euros\n\nGA : 20 euros\n\nDOORS:7pm')).toEqual([]);
  });

  it('reads no run of datelines as turns when the entity stage knows them as places', () => {
    const t = 'KABUL: Talks resumed on Monday.\n\nDOHA: Envoys arrived late.';
    const place = (name: string): EntityMention => {
      const s = t.indexOf(name);
      return {
        kind: 'entity',
        span: [s, s + name.length],
        by: 't',
        type: 'gpe',
        name,
        key: name,
        cluster: name,
        role: null,
      };
    };
    expect(quotes(t, [place('KABUL'), place('DOHA')]).filter((x) => x.by.includes('transcript'))).toEqual([]);
  });

  it('is linear on a long text of labels (work ratio, not time)', () => {
    const steps = (t: string) => {
      const counter = { steps: 0 };
      findTurns(t, undefined, counter);
      return counter.steps;
    };
    const t = 'AB: x y\n\n'.repeat(20000);
    expect(turns(t).length).toBe(20000);
    // Linear gives ~8x the work for 8x the input; quadratic would give ~64x.
    expect(steps('AB: x y\n\n'.repeat(80000)) / steps('AB: x y\n\n'.repeat(10000))).toBeLessThan(10);
  });
});

function ent(text: string, name: string, type: EntityMention['type'], from = 0): EntityMention {
  const s = text.indexOf(name, from);
  return {
    kind: 'entity',
    span: [s, s + name.length],
    by: 't',
    type,
    name,
    key: name,
    cluster: name,
    role: null,
  };
}

describe('a label and a colon past the headline: a field of a list unless a person speaks', () => {
  const lead = 'Rovers beat United 2-1 on Saturday.\n\nThe winner came late in the second half.\n\n';
  it('keeps a headline `Name: content` and a person heading a paragraph', () => {
    const t = `Okafor: The budget will pass by Friday\n\nThe finance minister spoke in Abuja.\n\n${lead}Jane Roe: The plan cuts taxes for small firms and raises them for banks.`;
    const q = quotes(t, [ent(t, 'Okafor', 'person'), ent(t, 'Jane Roe', 'person')]);
    expect(q.filter((x) => x.cue === ':').map((x) => x.speaker)).toEqual(['Okafor', 'Jane Roe']);
  });
  it('drops sports notes and other fields whose label is no person', () => {
    const t = `${lead}Rovers: F Dan Mills missed his second game with a sore hamstring.\n\nUnited: Host the Rovers on Friday night at home.`;
    const q = quotes(t, [
      ent(t, 'Rovers', 'organization', lead.length),
      ent(t, 'United', 'organization', lead.length),
    ]);
    expect(q.filter((x) => x.cue === ':')).toEqual([]);
    const deals = `${lead}New Release: A cheaper console with two games and a case for the holidays.`;
    expect(quotes(deals, [ent(deals, 'Rovers', 'organization')]).filter((x) => x.cue === ':')).toEqual([]);
  });
  it('reads no salutation as a speaker, even in the headline', () => {
    const t = 'DEAR ABBY: My brother borrows money and never pays it back to anyone.';
    expect(quotes(t).filter((x) => x.cue === ':')).toEqual([]);
  });
});

describe('teasers of other stories under a kicker in capitals', () => {
  const lead = 'The council voted on Tuesday to close the pool.\n\nThe mayor said the vote was close.\n\n';
  it('drops reported speech in a one-line teaser under a kicker, past the head', () => {
    const t = `${lead}SHOCK EXIT\n\nSinger says she quit the band over a feud with the drummer\n\nBIG WIN\n\nLocal baker claims top prize at county fair`;
    expect(quotes(t).filter((x) => x.text.includes('quit the band') || x.text.includes('top prize'))).toEqual(
      [],
    );
  });
  it('keeps a sentence under a sub-heading in capitals, which ends with a stop', () => {
    const t = `${lead}WHAT COMES NEXT\n\nThe head of the swim club said members would appeal the decision.`;
    expect(quotes(t).some((x) => x.text.includes('would appeal'))).toBe(true);
  });
});

describe('fields of a box score or a listing in capitals are no turns', () => {
  it('reads no sports summary or event listing as a transcript', () => {
    const box = 'GOALS: Okafor, Lindqvist, Mendes.\n\nSAVES: Brandt made six stops.\n\nATTENDANCE: 14,000';
    expect(turns(box)).toEqual([]);
    const listing =
      'WHAT: A night market with live music.\n\nWHERE: The old rail yard.\n\nTICKETS: 10 euros at the gate.';
    expect(turns(listing)).toEqual([]);
    const values = 'HOME: 3 wins, 2 losses\n\nAWAY: 1 win, 4 losses';
    expect(turns(values)).toEqual([]);
  });
});

describe('the colon scan of the cheap exit', () => {
  it('agrees with the pattern it replaced on random text', () => {
    const units = [
      'A',
      'b',
      ':',
      ' ',
      '\u00a0',
      'É',
      'é',
      '\ud835\udc00',
      '\ud835',
      '\udc00',
      'Σ',
      '\n',
      '1',
    ];
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let t = 0; t < 3000; t++) {
      let s = '';
      const n = rand() % 12;
      for (let k = 0; k < n; k++) s += units[rand() % units.length];
      expect(labelColon(s), JSON.stringify(s)).toBe(/\p{Lu}:[ \u00a0]/u.test(s));
    }
  });
});

describe('headEnd', () => {
  it('ends the head after two paragraphs or 1,000 units, as a scan unit by unit does (random text)', () => {
    const byUnits = (text: string): number => {
      const space = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 13;
      let seen = 0;
      let inPara = false;
      const n = Math.min(text.length, 1000);
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
          if (inPara && ++seen === 2) return i;
          inPara = false;
        } else if (!space(c)) inPara = true;
      }
      return n;
    };
    const parts = ['a', ' ', '\n', '\n\n', '\t', '\r', '\u00a0', 'xyz ', 'x'.repeat(300)];
    let seed = 1;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed >> 8;
    };
    for (let t = 0; t < 5000; t++) {
      let text = '';
      const k = next() % 12;
      for (let i = 0; i < k; i++) text += parts[next() % parts.length];
      expect(headEnd(text)).toBe(byUnits(text));
    }
  });
});

describe('fact-check headings', () => {
  it('are no speakers (`CLAIM:`, `THE FACTS:`), but `THE PRESIDENT:` still is', () => {
    const t =
      'CLAIM: The new law lets non-citizens vote in federal elections.\n\nTHE FACTS: It does not. The law covers only school board races, according to the state election office.\n\nTHE PRESIDENT: We will see.\n\nTHE PRESS: Thank you.';
    const q = quotes(t);
    expect(q.map((x) => x.speaker)).not.toContain('CLAIM');
    expect(q.map((x) => x.speaker)).not.toContain('THE FACTS');
    expect(q).toContainEqual(
      expect.objectContaining({ cue: 'according to', speaker: 'the state election office' }),
    );
    expect(turns(t).map((x) => x.name)).toContain('THE PRESIDENT');
  });
});
