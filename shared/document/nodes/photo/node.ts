import { DecoratorNode, $create } from 'lexical';
import { blockText } from '../block-text';
import { $readProps, $writeProps, defineProps, flatStates, sizeProp, textProp, type PropKind, type PropValues } from '../props';

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
export class PhotoNode extends DecoratorNode<unknown> {
  override $config() {
    return this.config('photo', { extends: DecoratorNode, stateConfigs: flatStates(photoProps) });
  }

  getPhoto(): Photo {
    return $readProps(this, photoProps);
  }

  setPhoto(photo: Partial<Photo>): this {
    $writeProps(this, photoProps, photo);
    return this;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    const { caption, credit } = this.getPhoto();
    return blockText(this, [caption, credit].filter(Boolean).join(' '));
  }
}

export function $createPhotoNode(photo: Partial<Photo>): PhotoNode {
  return $create(PhotoNode).setPhoto(photo);
}
