import type { EditorThemeClasses } from 'lexical';

/** Class names the editor puts on its DOM; editor.css styles them. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'body-paragraph',
  heading: { h2: 'body-h2', h3: 'body-h3' },
  quote: 'body-quote',
  list: {
    ul: 'body-ul',
    ol: 'body-ol',
    listitem: 'body-li',
    nested: { listitem: 'body-li-nested' },
  },
  link: 'body-link',
  text: {
    bold: 'text-bold',
    italic: 'text-italic',
    underline: 'text-underline',
    underlineStrikethrough: 'text-underline-strike',
  },
};
