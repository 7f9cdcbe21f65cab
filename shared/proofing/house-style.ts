/**
 * The newsroom's house style: Swedish conventions typography does not already handle, each a
 * rule the newsroom sets in Inställningar. Every finding says what was found, where, and (but
 * for a long sentence) the text to put in its place, so a checklist warning can fix it in one
 * click. The conventions follow TT's språkregler, which Swedish newsrooms use: "kl. 13.18",
 * numbers under ten in words in running text, "procent" written out, one space between words.
 */
import type { HouseStyle } from '../article/newsroom';

// The settings' schema and defaults are with the newsroom's other settings: the editor checks the
// style as it starts, and these rules need no schema library.
export type { HouseStyle };

export type StyleRule = 'style.clock' | 'style.smallNumber' | 'style.percent' | 'style.doubleSpace' | 'style.longSentence';

export interface StyleFinding {
  rule: StyleRule;
  /** The text as written, and where it stands in the text checked (UTF-16 offsets). */
  found: string;
  start: number;
  /** What to write instead; null where only the writer can say (a long sentence). */
  fix: string | null;
  params: Record<string, string | number>;
}

const numberWords = ['', '', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio'];
// 1 is left as it is: "en" or "ett" depends on the noun that follows.
const smallNumber = /(?<![\p{L}\p{N}.,:/–-])[2-9](?![\p{L}\p{N}.,:/%°–-])/gu;
// Measures, money, per cent and dates keep their digits ("5 km", "3 kronor", "7 %", "5 maj").
const keepsDigits = new RegExp(
  [
    '^\\s*(?:%|°',
    // Whole words: a unit's short form ("5 m", "3 kr"), so "5 lärare" is no litre.
    '|(?:kr|km|m|cm|mm|kg|g|ton|l|dl|cl|kvm|mil|kWh|MW|tim|min|sek)(?![\\p{L}\\p{N}])',
    // Beginnings of words: "kronor", "procentenheter", "miljoner", "mars".
    '|procent|promille|kron|euro|dollar|miljon|miljard|kilomet|meter|kilo|gram|liter|grader|kvadrat|timm|minut|sekund',
    '|jan|feb|mars|apr|maj|juni|juli|aug|sep|okt|nov|dec)',
  ].join(''),
  'iu',
);
// So do a time, a number that names something, and a place in a list ("kl. 9", "nr 5", "sidan 3").
const namesNumber =
  /(?:(?<![\p{L}\p{N}])(?:kl\.?|nr\.?|nummer|sidan?|kap(?:itel)?\.?|paragraf|plats|steg|linje|buss|vecka|v\.|version|grupp|klass|punkt|spår|gate|hus|port)|§)\s*$/iu;
const dotTime = /\bkl\.?\s*([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d:.]\d)/gu;
const colonTime = /(?<![\d.:,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/gu;
const percentSign = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?%/gu;
const percentWord = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s+procent\b/gu;
const doubleSpace = /(?<=\S) {2,}(?=\S)/gu;
const sentencePattern = /[^.!?\n]+(?:[.!?]+|$)/gu;
const wordToken = /[\p{L}\p{N}]+(?:[-'’:][\p{L}\p{N}]+)*/gu;

function clockFindings(text: string, clock: HouseStyle['clock']): StyleFinding[] {
  if (clock === 'off') return [];
  const findings: StyleFinding[] = [];
  const covered: Array<[number, number]> = [];
  for (const match of text.matchAll(dotTime)) {
    const [found, hour, minute] = match;
    const fix = clock === 'dot' ? `kl. ${hour}.${minute}` : `kl. ${hour}:${minute}`;
    covered.push([match.index, match.index + found.length]);
    if (found !== fix) findings.push({ rule: 'style.clock', found, start: match.index, fix, params: { found, fix } });
  }
  if (clock === 'dot') {
    for (const match of text.matchAll(colonTime)) {
      if (covered.some(([from, to]) => match.index >= from && match.index < to)) continue;
      const [found, hour, minute] = match;
      const fix = `${hour}.${minute}`;
      findings.push({ rule: 'style.clock', found, start: match.index, fix, params: { found, fix } });
    }
  }
  return findings;
}

function numberFindings(text: string): StyleFinding[] {
  const findings: StyleFinding[] = [];
  for (const match of text.matchAll(smallNumber)) {
    const after = text.slice(match.index + 1, match.index + 16);
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (keepsDigits.test(after) || namesNumber.test(before)) continue;
    const found = match[0];
    const fix = numberWords[Number(found)] ?? found;
    findings.push({ rule: 'style.smallNumber', found, start: match.index, fix, params: { found, fix } });
  }
  return findings;
}

function percentFindings(text: string, percent: HouseStyle['percent']): StyleFinding[] {
  if (percent === 'off') return [];
  const pattern = percent === 'word' ? percentSign : percentWord;
  return [...text.matchAll(pattern)].map((match) => {
    const found = match[0];
    const fix = `${match[1]} ${percent === 'word' ? 'procent' : '%'}`;
    return { rule: 'style.percent', found, start: match.index, fix, params: { found, fix } };
  });
}

function sentenceFindings(text: string, max: number): StyleFinding[] {
  if (max <= 0) return [];
  const findings: StyleFinding[] = [];
  for (const match of text.matchAll(sentencePattern)) {
    const words = match[0].match(wordToken)?.length ?? 0;
    if (words <= max) continue;
    const leading = match[0].length - match[0].trimStart().length;
    const found = match[0].trim();
    findings.push({ rule: 'style.longSentence', found, start: match.index + leading, fix: null, params: { words, max } });
  }
  return findings;
}

/** The text's departures from the house style, in the order they stand. */
export function styleFindings(text: string, style: HouseStyle, place: 'running' | 'title' = 'running'): StyleFinding[] {
  const findings = [...clockFindings(text, style.clock), ...percentFindings(text, style.percent)];
  // Numbers in words and sentence length are rules of running text, not of a headline.
  if (place === 'running' && style.smallNumbers) findings.push(...numberFindings(text));
  if (place === 'running') findings.push(...sentenceFindings(text, style.sentenceMaxWords));
  if (style.doubleSpaces) {
    for (const match of text.matchAll(doubleSpace)) {
      findings.push({ rule: 'style.doubleSpace', found: match[0], start: match.index, fix: ' ', params: {} });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** Which occurrence of `found` the finding is, counting from the text's start (for a jump or a fix to find it again). */
export function occurrenceOf(text: string, finding: Pick<StyleFinding, 'found' | 'start'>): number {
  let nth = 0;
  for (let at = text.indexOf(finding.found); at >= 0 && at < finding.start; at = text.indexOf(finding.found, at + 1)) nth++;
  return nth;
}

/** The nth occurrence of `found` in a text, or -1. */
export function nthIndexOf(text: string, found: string, nth: number): number {
  let at = text.indexOf(found);
  for (let k = 0; k < nth && at >= 0; k++) at = text.indexOf(found, at + 1);
  return at;
}

/** The text with the nth occurrence of `found` replaced, or null when it is no longer there. */
export function replaceNth(text: string, found: string, nth: number, fix: string): string | null {
  const at = nthIndexOf(text, found, nth);
  return at < 0 ? null : text.slice(0, at) + fix + text.slice(at + found.length);
}
