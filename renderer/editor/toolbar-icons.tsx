import type { JSX } from 'react';

/** Line icons on a 20-unit grid, drawn in the text's colour; the button's name says what they mean. */
const paths = {
  paragraph: 'M9 4v12M13 4v12M15.5 4H8.5a3.5 3.5 0 0 0 0 7H9',
  h2: 'M3 4v12M10 4v12M3 10h7M12.5 8.5a2.2 2.2 0 1 1 4.4 0c0 2.5-4.4 4.2-4.4 7.5h4.5',
  h3: 'M3 4v12M10 4v12M3 10h7M12.5 6h4.3l-2.6 3.4a2.6 2.6 0 1 1-1.8 4.8',
  bold: 'M5.5 3.5h5.5a3.25 3.25 0 0 1 0 6.5H5.5zM5.5 10h6.5a3.25 3.25 0 0 1 0 6.5H5.5z',
  italic: 'M8.5 3.5h7M4.5 16.5h7M12 3.5 8 16.5',
  underline: 'M5.5 3.5v6a4.5 4.5 0 0 0 9 0v-6M4.5 17h11',
  link: 'M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1',
  removeLink:
    'M8 6 6.5 4.5M4 8.5 2.5 7M12 14l1.5 1.5M16 11.5l1.5 1.5M7 10.5 4.5 13a2.5 2.5 0 0 0 3.5 3.5L10.5 14M13 9.5 15.5 7A2.5 2.5 0 0 0 12 3.5L9.5 6',
  bulletList: 'M8 5h9M8 10h9M8 15h9M3.5 5h.01M3.5 10h.01M3.5 15h.01',
  numberedList: 'M8 5h9M8 10h9M8 15h9M3 3.5h1v3.5M2.5 9.3h2.2l-2.2 3h2.2M2.5 14.2h2.2l-1.1 1.3a1 1 0 1 1-1.1 1.5',
  quote: 'M3.5 10.5h4v5h-4zM3.5 10.5c0-3.5 1-5.5 4-6.5M11.5 10.5h4v5h-4zM11.5 10.5c0-3.5 1-5.5 4-6.5',
  undo: 'M7.5 4.5 3.5 8.5l4 4M3.5 8.5h8.5a4.5 4.5 0 0 1 0 9H9',
  redo: 'M12.5 4.5l4 4-4 4M16.5 8.5H8a4.5 4.5 0 0 0 0 9h3',
  insert: 'M10 4v12M4 10h12',
} as const;

export type ToolbarIconName = keyof typeof paths;

export function ToolbarIcon({ name }: { name: ToolbarIconName }): JSX.Element {
  return (
    <svg
      className="toolbar-icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  );
}
