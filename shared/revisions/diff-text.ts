/**
 * A revision diff as plain text, for tests and logs: one line per changed field or block,
 * removed words as [-…-] and added words as {+…+}, as wdiff writes them.
 */
import type { BlockChange, FieldChange, RevisionDiff } from './diff';
import type { WordPart } from './word-parts';

export function partsText(parts: readonly WordPart[]): string {
  return parts
    .map((part) => (part.kind === 'added' ? `{+${part.text}+}` : part.kind === 'removed' ? `[-${part.text}-]` : part.text))
    .join('')
    .replace(/\n/g, '⏎');
}

function fieldLine(change: FieldChange): string {
  return `${change.field}: ${partsText(change.parts)}`;
}

function blockLine(change: BlockChange): string {
  const where = `${change.oldIndex ?? ''}→${change.newIndex ?? ''}`;
  const type =
    change.typeBefore && change.typeAfter && change.typeBefore !== change.typeAfter
      ? `${change.typeBefore}→${change.typeAfter}`
      : (change.typeAfter ?? change.typeBefore ?? '');
  const others = change.aspects.filter((aspect) => aspect !== 'text' && aspect !== 'type');
  const head = `${change.kind} ${where} ${type}${others.length > 0 ? ` (${others.join(', ')})` : ''}`;
  const showWords = change.kind === 'added' || change.kind === 'removed' || change.aspects.includes('text');
  return showWords && change.parts.length > 0 ? `${head}: ${partsText(change.parts)}` : head;
}

export function diffText(diff: RevisionDiff): string {
  const lines = [...diff.fields.map(fieldLine), ...diff.blocks.filter((block) => block.kind !== 'unchanged').map(blockLine)];
  return lines.join('\n');
}
