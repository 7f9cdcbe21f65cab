import type { ElementNode, Klass, LexicalCommand, LexicalNode } from 'lexical';
import type { MessageKey } from '../../i18n';
import type { SerializedBodyNode } from '../markup/serialized';
import type { Shortcut } from './shortcut';

/** A photo as a block shows it: the library's id (or none, for a photo by address) and its texts. */
export interface PhotoUse {
  photoId: string | null;
  src: string;
  alt: string;
  caption: string;
  /** The credit line as printed, "Foto: Privat". */
  credit: string;
}

/** The texts and address of a photo that may be put into a block: a library photo resolved, an address refused. */
export type PhotoTexts = Omit<PhotoUse, 'photoId'>;

/** A link to another article: the library's id (or none, for a typed address), its address and headline. */
export interface ArticleLink {
  articleId: string | null;
  url: string;
  title: string;
}

/** What a block refers to, read from and put into its JSON. */
export interface NodeReferences {
  /** The photo it shows. */
  photo?: {
    of: (node: SerializedBodyNode) => PhotoUse;
    with: (node: SerializedBodyNode, photo: Partial<PhotoTexts>) => SerializedBodyNode;
  };
  /** The article it links to. */
  article?: {
    of: (node: SerializedBodyNode) => ArticleLink;
    withUrl: (node: SerializedBodyNode, url: string) => SerializedBodyNode;
  };
  /** Markup from elsewhere it keeps verbatim, with whatever addresses are inside. */
  verbatim?: (node: SerializedBodyNode) => string;
}

/**
 * How the editor's menus and shortcut insert the block. Each runs inside an editor update, where
 * `$create` builds the class the editor registered for the type: the UI subclass.
 */
export type BlockInsert =
  /** A new block where the caret is. */
  | { kind: 'block'; $create: () => LexicalNode }
  /** The caret's paragraph becomes this block: a paragraph of another kind. */
  | { kind: 'paragraph'; $create: () => ElementNode }
  /** The editor is asked first (a photo is picked), and places the block itself. */
  | { kind: 'command'; command: LexicalCommand<void> };

/** The block's entry in the "Infoga" menu, the slash menu and the shortcuts. */
export interface MenuEntry {
  label: MessageKey;
  shortcut: Shortcut;
  insert: BlockInsert;
}

/** One kind of block of an article body, defined once; the registry lists them all. */
export interface BodyNodeDefinition extends NodeReferences {
  /** The `type` its JSON carries. */
  type: string;
  /** The Lexical classes it needs: its own, then any it is made of (a list's items). */
  classes: ReadonlyArray<Klass<LexicalNode>>;
  /** What a reader sees of it; an element without this reads as its children's text. */
  text?: (node: SerializedBodyNode) => string;
  menu?: MenuEntry;
}

type BlockSpec = Omit<BodyNodeDefinition, 'type' | 'classes'> & {
  /** Its Lexical class: the type is the class's. */
  node: Klass<LexicalNode>;
  /** Classes it is made of, registered with it. */
  parts?: ReadonlyArray<Klass<LexicalNode>>;
};

/** A block whose JSON the converters read as it is: an element with children. */
export function defineBlock({ node, parts = [], ...definition }: BlockSpec): BodyNodeDefinition {
  return { type: node.getType(), classes: [node, ...parts], ...definition };
}
