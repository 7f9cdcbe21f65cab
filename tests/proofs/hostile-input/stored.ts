/**
 * The judge for bodies as JSON (saved in SQLite, or in a JSON export): text is only text there,
 * so what could be live is an address (a link, a photo, "Läs även") outside http, https and
 * mailto, or markup kept verbatim. Written apart from Spalt's own URL policy, so the proof
 * does not grade Spalt with Spalt's code.
 */

const linkAddress = /^(https?:\/\/[^\s\u0000-\u001f\u007f]+|mailto:[^\s\u0000-\u001f\u007f]+@[^\s\u0000-\u001f\u007f]+)$/i;
const photoAddress = /^(spalt-photo:[A-Za-z0-9_-]+|https?:\/\/[^\s\u0000-\u001f\u007f]+)$/i;
const knownTypes = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'link',
  'heading',
  'quote',
  'list',
  'listitem',
  'photo',
  'pull-quote',
  'interview-question',
  'live-update',
  'read-also',
  'ad-slot',
  'fact-box',
  'signature',
  'separator',
]);

type Node = Record<string, unknown>;

const field = (node: Node, key: string): string => (typeof node[key] === 'string' ? node[key] : '');

/** Everything live in one body; an empty list when it holds only text and allowed addresses. */
export function bodyProblems(body: unknown, where: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    const type = field(node, 'type');
    if (!knownTypes.has(type)) found.push(`${where}: a "${type}" node`);
    if (type === 'link' || type === 'autolink') {
      if (!linkAddress.test(field(node, 'url'))) found.push(`${where}: link to ${JSON.stringify(field(node, 'url'))}`);
    }
    if (type === 'read-also' && field(node, 'url') !== '' && !linkAddress.test(field(node, 'url'))) {
      found.push(`${where}: "Läs även" to ${JSON.stringify(field(node, 'url'))}`);
    }
    if (type === 'photo' && field(node, 'src') !== '' && !photoAddress.test(field(node, 'src'))) {
      found.push(`${where}: photo from ${JSON.stringify(field(node, 'src'))}`);
    }
    if (Array.isArray(node.children)) for (const child of node.children as Node[]) visit(child);
  };
  const root = (body as { root?: Node } | null)?.root;
  if (!root) return [`${where}: no body`];
  visit(root);
  return found;
}
