import { decoratorBlockNode } from '../block-node';
import { defineProps, photoIdProp, sizeProp, textProp, type PropValues } from '../props';

export const photoProps = defineProps({
  /** A URL, or "spalt-photo:<id>" for a photo of Spalt's own library. */
  src: textProp,
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
export class PhotoNode extends decoratorBlockNode('photo', photoProps, ({ caption, credit }) =>
  [caption, credit].filter(Boolean).join(' '),
) {}
