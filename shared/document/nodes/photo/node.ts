import { decoratorBlockNode } from '../block-node';
import { defineProps, sizeProp, textProp, type PropKind, type PropValues } from '../props';

const photoIdProp: PropKind<string | null> = {
  parse: (value) => (typeof value === 'string' && /^[A-Za-z0-9_-]+$/.test(value) ? value : null),
};

export const photoProps = defineProps({
  /** A URL, or "spalt-photo:<id>" for a photo of Spalt's own library. */
  src: textProp,
  /** Spalt's library id; it travels as a class name, so only letters, digits, - and _. */
  photoId: photoIdProp,
  alt: textProp,
  caption: textProp,
  /** The credit line as printed, "Foto: Privat". */
  credit: textProp,
  width: sizeProp,
  height: sizeProp,
});
export type Photo = PropValues<typeof photoProps>;

/** A photo in the body with its caption and credit; the editor's subclass adds the UI. */
export class PhotoNode extends decoratorBlockNode('photo', photoProps, ({ caption, credit }) => [caption, credit].filter(Boolean).join(' ')) {}
