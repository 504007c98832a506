import { type IngestResult, post } from '../api.ts';
import { h, mount, route } from '../dom.ts';
import type { View } from '../main.ts';

/** Largest file read in the browser (the server's body limit is 8 MiB by default). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

function results(r: IngestResult): HTMLElement {
  return h(
    'div',
    { role: 'status' },
    h('p', null, `${r.new} new, ${r.updated} updated, ${r.unchanged} unchanged, ${r.failed} failed`),
    h(
      'ul',
      null,
      r.items.map((it) =>
        h(
          'li',
          null,
          h('bdi', null, it.origin),
          ': ',
          it.status,
          it.id ? [' — ', h('a', { href: route(`doc/${it.id}`) }, h('bdi', null, it.title ?? it.id))] : null,
          it.message ? h('span', { class: 'error' }, ` ${it.code}: ${it.message}`) : null,
        ),
      ),
    ),
  );
}

/** Ingest: drop files (or choose them) or paste text; per-file results link to the reader. */
export const ingestView: View = async (root) => {
  const out = h('div', { 'aria-live': 'polite' });
  const send = async (body: unknown) => {
    out.replaceChildren(h('p', { class: 'loading' }, 'Reading…'));
    try {
      out.replaceChildren(results(await post<IngestResult>('ingest', body)));
    } catch (e) {
      out.replaceChildren(h('p', { class: 'error', role: 'alert' }, (e as Error).message));
    }
  };
  const sendFiles = async (files: readonly File[]) => {
    const big = files.filter((f) => f.size > MAX_FILE_BYTES);
    if (big.length) {
      out.replaceChildren(
        h(
          'p',
          { class: 'error', role: 'alert' },
          `Too large (over 4 MiB): ${big.map((f) => f.name).join(', ')}`,
        ),
      );
      return;
    }
    if (files.length)
      await send({
        files: await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() }))),
      });
  };
  const picker = h('input', {
    type: 'file',
    id: 'files',
    multiple: true,
    accept: '.md,.markdown,.html,.htm,.txt,.json,.jsonl,.xml,.rss,.atom',
  });
  picker.addEventListener('change', () => void sendFiles([...(picker.files ?? [])]));
  const zone = h(
    'div',
    { class: 'dropzone' },
    h('p', null, 'Drop article files here (Markdown, HTML, text, JSON, RSS/Atom)'),
    h('label', { for: 'files' }, 'or choose files', picker),
  );
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    void sendFiles([...(e.dataTransfer?.files ?? [])]);
  });
  const text = h('textarea', { id: 'paste', name: 'text', rows: 10, cols: 80, required: true });
  const title = h('input', { id: 'ptitle', name: 'title' });
  const url = h('input', { id: 'purl', name: 'url', type: 'url', placeholder: 'https://…' });
  const published = h('input', { id: 'ppub', name: 'published', type: 'date' });
  const form = h(
    'form',
    {
      class: 'card',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const body: Record<string, string> = { text: text.value };
        if (title.value.trim()) body.title = title.value.trim();
        if (url.value.trim()) body.url = url.value.trim();
        if (published.value) body.published = published.value;
        void send(body);
      },
    },
    h('h2', null, 'Paste an article'),
    h(
      'div',
      { class: 'filters' },
      h('label', { for: 'ptitle' }, 'Title', title),
      h('label', { for: 'purl' }, 'URL', url),
      h('label', { for: 'ppub' }, 'Published', published),
    ),
    h('label', { for: 'paste' }, 'Text', text),
    h('p', null, h('button', { type: 'submit' }, 'Ingest text')),
  );
  mount(root, h('h1', null, 'Ingest'), zone, form, out);
};
