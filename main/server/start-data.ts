/**
 * What the page needs to open, written into the page itself: the answers to `settings.get`
 * and `resume.get` (where the journalist left off, with that article), so the page does not
 * ask for them and wait a round trip. A JSON data block is never run as script, and `<` is
 * escaped, so no text in an article can end the block early.
 */
import type { Core } from '../core';
import { dispatch } from '../dispatch';
import { toWireJson } from '../../shared/wire';

/** The operations answered in the page; the renderer asks the core for any it does not find. */
export const startOperations = ['settings.get', 'resume.get'] as const;

export const startDataId = 'spalt-start';

export async function startDataBlock(core: Core): Promise<string> {
  const answers = await Promise.all(startOperations.map(async (name) => [name, await dispatch(core.handlers, name, {})] as const));
  const json = toWireJson(Object.fromEntries(answers)).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${startDataId}">${json}</script>`;
}
