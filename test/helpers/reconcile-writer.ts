/**
 * Child process for the crash test: stores hand-built documents with reconciliation in a loop
 * and prints each stored id, until it is killed.
 */
import { fixtureDoc, fixtureRecord } from '../../src/api/fixtures.ts';
import { SqliteStore } from '../../src/store/sqlite/index.ts';

const store = SqliteStore.open(process.argv[2]!);
const people = ['Alexander Lukashenko', 'Alyaksandr Lukashenka', 'Viktor Gulevich', 'Viktar Hulevich'];
for (let i = 0; ; i++) {
  const who = people[i % people.length]!;
  const text = `${who} said ${i} soldiers arrived in Brest. The Allied Resolve drills began on day ${i}. ${'Filler words for the shingles. '.repeat(8)}`;
  const json = fixtureDoc({
    title: `Story ${i}`,
    url: `https://crash.test/${i}`,
    published: `2022-02-${String(1 + (i % 28)).padStart(2, '0')}`,
    text,
    entities: [
      { name: who, key: 'k', type: 'person', at: [who] },
      { name: 'Brest', key: 'b', type: 'gpe', at: ['Brest'] },
      { name: 'Allied Resolve', key: 'a', type: 'named_event', at: ['Allied Resolve'] },
    ],
    quantities: [{ at: `${i} soldiers`, value: i, unit: 'soldiers' }],
    events: [{ at: 'began', type: 'military_exercise', name: 'Allied Resolve', places: ['Brest'] }],
  });
  await store.put(fixtureRecord(json));
  process.stdout.write(`${json.id}\n`);
}
