/**
 * Spalt JSON export files made from the corpus: one article per payload with the payload in
 * every field an article and its blocks hold, one article with every payload in every block,
 * and files whose only fault is one refused address.
 */
import type { Payload } from './payloads';

type Node = Record<string, unknown>;

const text = (value: string, format = 0): Node => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' });
const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});
const paragraph = (...children: Node[]) => element('paragraph', children, { textFormat: 0, textStyle: '' });
const link = (url: string, label: string) => element('link', [text(label)], { url, rel: null, target: null, title: null });
const body = (children: Node[]) => ({ root: element('root', children) });

/** Every block a body holds, each carrying these texts. */
function everyBlock(texts: readonly string[]): Node[] {
  const one = texts.join(' ');
  return [
    ...texts.map((t) => paragraph(text(t))),
    paragraph(text(one, 1), text(' '), text(one, 2), text(' '), link('https://lokaltidning.se/nyheter/', one)),
    element('heading', [text(one)], { tag: 'h2' }),
    element('quote', [text(one)]),
    element(
      'list',
      texts.map((t, n) => element('listitem', [text(t)], { value: n + 1 })),
      { listType: 'bullet', start: 1, tag: 'ul' },
    ),
    element('interview-question', [text(one)]),
    { type: 'pull-quote', version: 1, text: one, attribution: one },
    { type: 'fact-box', version: 1, heading: one, items: texts },
    { type: 'signature', version: 1, signers: texts.map((t) => ({ name: t, title: t })) },
    { type: 'read-also', version: 1, url: 'https://lokaltidning.se/las-aven/', title: one },
    { type: 'photo', version: 1, src: 'https://lokaltidning.se/bild.jpg', alt: one, caption: one, credit: one },
    element('live-update', [paragraph(text(one))], { time: '2024-05-09T21:00:00.000Z' }),
    { type: 'ad-slot', version: 1 },
    { type: 'separator', version: 1 },
  ];
}

function draft(headline: string, value: string, children: Node[]) {
  return {
    kind: 'news',
    kicker: value.slice(0, 200),
    headline: headline.slice(0, 500),
    lead: value.slice(0, 5_000),
    bylines: [{ role: 'text', name: value.slice(0, 120), personId: null }],
    label: value.slice(0, 100),
    disclaimer: value.slice(0, 500),
    sponsor: value.slice(0, 200),
    mainPhotoId: null,
    body: body(children),
  };
}

function exportFile(drafts: unknown[]): Buffer {
  const at = '2026-01-01T00:00:00.000Z';
  const articles = drafts.map((d, n) => ({ id: `a${n}`, status: 'draft', createdAt: at, updatedAt: at, draft: d }));
  return Buffer.from(JSON.stringify({ format: 'spalt-articles', version: 1, exportedAt: at, articles, photos: [] }));
}

/** The headline of the article that holds every payload at once. */
export const everyPayloadHeadline = 'Alla nyttolaster i varje block';

/** One article per payload, and one with all of them, as a file to import. */
export function hostileTextFile(payloads: readonly Payload[]): Buffer {
  const texts = payloads.map((p) => p.text);
  return exportFile([draft(everyPayloadHeadline, texts.join(' '), everyBlock(texts)), ...texts.map((t) => draft(t, t, everyBlock([t])))]);
}

/** One file per place a body holds an address, each with one refused address in it. */
export function hostileAddressFiles(address: string): Array<{ place: string; data: Buffer }> {
  const file = (place: string, node: Node) => ({ place, data: exportFile([draft('Adress', 'Adress', [paragraph(text('Före')), node])]) });
  return [
    file('link', paragraph(link(address, 'länken'))),
    file('photo', { type: 'photo', version: 1, src: address, alt: 'Bild' }),
    file('read-also', { type: 'read-also', version: 1, url: address, title: 'Läs även' }),
  ];
}
