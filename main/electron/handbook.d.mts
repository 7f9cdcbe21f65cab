/** Types for handbook.mjs, which runs as a plain Node script. */
export const docsDir: string;
export function renderHandbook(markdown: string): string;
export function writeHandbook(): string;
