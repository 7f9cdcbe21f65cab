import type { BodyDocument } from '../../shared/document/body';

const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
});
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});

/** A body as the editor serializes it: paragraphs, a subheading, a list, a link, a quote. */
export function formattedBody(): BodyDocument {
  return {
    root: {
      ...block('root', [
        block('paragraph', [text('Vid lunchtid mottog '), text('SOS Alarm', 1), text(' ett samtal från Södertälje.')], {
          textFormat: 0,
          textStyle: '',
        }),
        block('heading', [text('Ingen brottsmisstanke')], { tag: 'h2' }),
        block('list', [block('listitem', [text('polis')], { value: 1 }), block('listitem', [text('ambulanshelikopter')], { value: 2 })], {
          listType: 'bullet',
          start: 1,
          tag: 'ul',
        }),
        block(
          'paragraph',
          [
            text('Läs mer hos '),
            block('link', [text('Kriminalvården')], { url: 'https://www.kriminalvarden.se/', rel: null, target: null, title: null }),
          ],
          { textFormat: 0, textStyle: '' },
        ),
        block('quote', [text('Skadeläget är oklart', 2)]),
      ]),
      type: 'root',
    },
  } as BodyDocument;
}

/** A body of one paragraph holding `value`. */
export function bodyWithText(value: string): BodyDocument {
  return {
    root: { ...block('root', [block('paragraph', [text(value)], { textFormat: 0, textStyle: '' })]), type: 'root' },
  } as BodyDocument;
}

/** A body of one paragraph per text. */
export function bodyOfParagraphs(values: readonly string[]): BodyDocument {
  return {
    root: {
      ...block(
        'root',
        values.map((value) => block('paragraph', [text(value)], { textFormat: 0, textStyle: '' })),
      ),
      type: 'root',
    },
  } as BodyDocument;
}
