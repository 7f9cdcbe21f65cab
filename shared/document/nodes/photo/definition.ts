import { createCommand } from 'lexical';
import { defineDecoratorBlock } from '../decorator-block';
import { access } from '../shortcut';
import { PhotoNode } from './node';

/** Asks the editor to open its photo picker; the chosen photo goes where the caret was. */
export const OPEN_PHOTO_PICKER_COMMAND = createCommand<void>('OPEN_PHOTO_PICKER_COMMAND');

export const photo = defineDecoratorBlock({
  node: PhotoNode,
  photo: { of: ({ photoId, src, alt, caption, credit }) => ({ photoId, src, alt, caption, credit }), with: (texts) => texts },
  // M for media, as WordPress's classic editor has it.
  menu: { label: 'insert.photo', shortcut: access('KeyM'), insert: { kind: 'command', command: OPEN_PHOTO_PICKER_COMMAND } },
});
