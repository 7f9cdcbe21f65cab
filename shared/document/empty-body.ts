import type { BodyDocument } from './body';

// Apart from the body's schema (body.ts): a new article's editor starts without a schema library.

/** The body of a new article: one empty paragraph. */
export function emptyBody(): BodyDocument {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
      ],
    },
  };
}
