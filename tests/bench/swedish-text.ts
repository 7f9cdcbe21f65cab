/**
 * Swedish-like news text for the editor benchmarks: sentences of varying length in paragraphs
 * of two to six sentences, with a subheading now and then, as a local news article has them.
 * Deterministic, so every run (and both editors) get the same document.
 */
import type { BodyDocument } from '../../shared/document/body';

const nouns = [
  'kommunen',
  'polisen',
  'räddningstjänsten',
  'skolan',
  'förskolan',
  'fullmäktige',
  'kommunstyrelsen',
  'budgeten',
  'anstalten',
  'ambulansen',
  'trafiken',
  'pendeltåget',
  'busslinjen',
  'föreningen',
  'idrottshallen',
  'biblioteket',
  'vårdcentralen',
  'socialtjänsten',
  'hamnen',
  'centrum',
  'torget',
  'stadshuset',
  'bostadsbolaget',
  'hyresgästerna',
  'eleverna',
  'lärarna',
  'föräldrarna',
  'invånarna',
  'företagarna',
  'politikerna',
  'oppositionen',
  'majoriteten',
  'utredningen',
  'beslutet',
  'förslaget',
  'kostnaden',
  'satsningen',
  'bygget',
  'vägen',
  'bron',
  'parken',
  'sjön',
  'vattenverket',
  'elnätet',
  'regionen',
  'länsstyrelsen',
  'domstolen',
  'åklagaren',
  'vittnet',
  'nämnden',
];
const verbs = [
  'beslutade',
  'meddelade',
  'uppger',
  'bekräftar',
  'föreslår',
  'kritiserar',
  'välkomnar',
  'utreder',
  'planerar',
  'skjuter upp',
  'satsar på',
  'drar ner på',
  'öppnar',
  'stänger',
  'bygger om',
  'granskar',
  'godkände',
  'avslog',
  'räknar med',
  'varnar för',
  'vill se',
  'ifrågasätter',
  'har kontaktat',
  'undersöker',
];
const adjectives = [
  'nya',
  'gamla',
  'omdiskuterade',
  'efterlängtade',
  'kraftiga',
  'tillfälliga',
  'största',
  'hela',
  'lokala',
  'kommunala',
  'akuta',
  'långsiktiga',
  'dyra',
  'försenade',
  'populära',
  'södra',
  'norra',
  'östra',
  'västra',
];
const tails = [
  'under tisdagskvällen',
  'efter flera års diskussion',
  'enligt ett pressmeddelande',
  'vid onsdagens möte',
  'i Södertälje',
  'i Östertälje',
  'på Ronna',
  'i Järna',
  'vid Mälarhamnen',
  'i centrala stan',
  'nästa år',
  'till hösten',
  'före sommaren',
  'trots protester från grannarna',
  'med kort varsel',
  'för tredje gången i år',
  'sedan i våras',
  'enligt kommunens beräkningar',
  'efter en anmälan',
  'på grund av personalbrist',
];
const quotes = [
  'Vi måste ta ansvar för hela kommunen, säger kommunalrådet.',
  'Det här är ett viktigt steg för alla som bor i området, säger förvaltningschefen.',
  'Vi har inte fått några svar alls, säger en av grannarna.',
  'Jag förstår att många är oroliga, men vi följer utvecklingen noga, säger polisens presstalesperson.',
];
const headings = [
  'Kostnaderna har ökat',
  'Grannarna protesterar',
  'Beslut väntas i höst',
  'Polisen utreder',
  'Så går det vidare',
  'Kritik från oppositionen',
  'Eleverna påverkas',
  'Nya siffror',
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Words as a reader counts them: tokens with a letter in them (not the dash of a quote). */
export const wordCount = (text: string) => text.split(/\s+/).filter((token) => /\p{L}/u.test(token)).length;

/** The first `words` words of `text`, with whatever punctuation tokens come between them. */
function firstWords(text: string, words: number): string {
  const kept: string[] = [];
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (/\p{L}/u.test(token)) {
      if (count === words) break;
      count += 1;
    }
    kept.push(token);
  }
  return kept.join(' ');
}

function sentence(next: () => number): string {
  const roll = next();
  if (roll < 0.08) return pick(next, quotes).replace(/^/, '– ');
  const parts = [capitalize(pick(next, nouns)), pick(next, verbs), 'den', pick(next, adjectives), pick(next, nouns), pick(next, tails)];
  if (roll > 0.6) parts.push('och', pick(next, nouns), pick(next, verbs), pick(next, adjectives), pick(next, nouns));
  if (roll > 0.85) parts.push(pick(next, tails));
  return parts.join(' ') + (roll > 0.95 ? '?' : '.');
}

export interface Block {
  kind: 'paragraph' | 'h2';
  text: string;
}

/** Exactly `words` words of article text, as paragraphs and the odd subheading. */
export function articleBlocks(words: number, seed = 1): Block[] {
  const next = random(seed);
  const blocks: Block[] = [];
  let total = 0;
  let sinceHeading = 0;
  while (total < words) {
    if (sinceHeading >= 6 && next() < 0.3 && words - total > 60) {
      const text = pick(next, headings);
      blocks.push({ kind: 'h2', text });
      total += wordCount(text);
      sinceHeading = 0;
      continue;
    }
    const sentences = 2 + Math.floor(next() * 5);
    let paragraph = Array.from({ length: sentences }, () => sentence(next)).join(' ');
    const count = wordCount(paragraph);
    if (total + count > words) paragraph = firstWords(paragraph, words - total).replace(/[.,?]?$/, '.');
    blocks.push({ kind: 'paragraph', text: paragraph });
    total += wordCount(paragraph);
    sinceHeading += 1;
  }
  return blocks;
}

/** The blocks as the body Lexical serializes (the same nodes Spalt stores). */
export function bodyDocument(blocks: Block[]): BodyDocument {
  const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
  const children = blocks.map((block) =>
    block.kind === 'h2'
      ? { type: 'heading', version: 1, tag: 'h2', direction: null, format: '', indent: 0, children: [text(block.text)] }
      : {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [text(block.text)],
        },
  );
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Clean HTML, as a web page or Google Docs gives it: <h2> and <p> with a bold phrase now and then. */
export function cleanHtml(blocks: Block[]): string {
  return blocks
    .map((block, i) => {
      if (block.kind === 'h2') return `<h2>${escapeHtml(block.text)}</h2>`;
      const words = escapeHtml(block.text).split(' ');
      if (i % 5 === 0 && words.length > 8) words.splice(2, 3, `<b>${words.slice(2, 5).join(' ')}</b>`);
      return `<p>${words.join(' ')}</p>`;
    })
    .join('\n');
}

/**
 * HTML as Word puts it on the clipboard: inline styles and spans on every run, classes, and a
 * style sheet in the head. Paragraphs are added until the markup is `bytes` long (UTF-8).
 */
export function wordHtml(bytes: number, seed = 7): string {
  const head = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}h2{mso-style-link:"Rubrik 2 Char"}</style></head><body lang="SV"><!--StartFragment-->`;
  const foot = '<!--EndFragment--></body></html>';
  const parts: string[] = [];
  let size = Buffer.byteLength(head + foot);
  for (let round = 0; ; round++) {
    for (const block of articleBlocks(400, seed + round)) {
      const html =
        block.kind === 'h2'
          ? `<h2 style="margin-top:12pt;color:#2F5496;font-family:'Calibri Light'"><span style="mso-bidi-font-weight:normal">${escapeHtml(block.text)}</span></h2>`
          : `<p class="MsoNormal" style="margin-bottom:8pt;line-height:107%">${escapeHtml(block.text)
              .split(/(?<=[.?]) /)
              .map(
                (s, i) =>
                  `<span lang="SV" style="font-size:12.0pt;line-height:107%;font-family:'Times New Roman',serif;mso-fareast-font-family:Calibri;color:black">${i === 1 ? `<b style="mso-bidi-font-weight:normal">${s}</b>` : s}</span>`,
              )
              .join(' ')}<span style="font-size:12.0pt"><o:p></o:p></span></p>`;
      const length = Buffer.byteLength(html) + 1;
      if (size + length > bytes) return head + parts.join('\n') + foot;
      parts.push(html);
      size += length;
    }
  }
}

/** What the benchmark types: about 200 characters of a Swedish news sentence, with spaces. */
export const typedText =
  'Kommunstyrelsen i Södertälje beslutade på tisdagen att skjuta upp bygget av den nya förskolan i Järna, eftersom kostnaderna har ökat med nästan fyrtio procent sedan förra våren enligt förvaltningen. ';
