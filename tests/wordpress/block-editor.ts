/**
 * Opens block markup in WordPress's real block editor (in Chromium, through Playwright) and
 * reads what the editor made of every block: the check behind "This block contains unexpected
 * or invalid content".
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { basicAuth, type WordPressRole, type WordPressSite } from './site';

export interface BlockValidity {
  /** core/paragraph, core/list-item ... */
  name: string;
  isValid: boolean;
  /** 0 for top-level blocks, 1 for their inner blocks, and so on (listed depth first). */
  depth: number;
  /** The editor's reasons, formatted as it would log them, when it has any. */
  validationIssues?: string[];
}

/** The block editor loads a lot of JavaScript; on a 2-core machine it takes its time. */
export const blockEditorTimeout = 60_000;

/**
 * Creates a draft with the markup through the REST API (as the administrator), opens it in
 * /wp-admin/post.php as the administrator, and returns every block's validity, depth first.
 */
export async function blockValidity(page: Page, site: WordPressSite, markup: string): Promise<BlockValidity[]> {
  const postId = await createDraft(site, markup);
  await openInEditor(page, site, postId);
  return readBlockValidity(page);
}

/** Opens a post in the block editor, logged in as the role, and waits until the editor is ready. */
export async function openInEditor(page: Page, site: WordPressSite, postId: number, role: WordPressRole = 'administrator'): Promise<void> {
  await keepToLoopback(page.context());
  await logIn(page, site, role);
  await page.goto(`${site.url}/wp-admin/post.php?post=${postId}&action=edit`, {
    waitUntil: 'domcontentloaded',
    timeout: blockEditorTimeout,
  });
  await page.waitForFunction(
    (id) => {
      // Runs in the page, where WordPress puts its packages on window.wp.
      const wp = (globalThis as any).wp;
      const editor = wp?.data?.select?.('core/editor');
      return Boolean(editor?.__unstableIsEditorReady?.() && editor.getCurrentPostId() === id);
    },
    postId,
    { timeout: blockEditorTimeout, polling: 100 },
  );
  await dismissWelcomeGuide(page);
}

/** Every block's validity in the open editor, depth first. */
export async function readBlockValidity(page: Page): Promise<BlockValidity[]> {
  // No named functions inside: the page gets this function's source, and some TypeScript
  // runners wrap named functions in a helper that only exists on the Node side.
  return page.evaluate(() => {
    type Issue = { args?: unknown[] };
    type Block = { name: string; isValid: boolean; validationIssues?: Issue[]; innerBlocks?: Block[] };
    const wp = (globalThis as any).wp;
    const found: BlockValidity[] = [];
    const top: Block[] = wp.data.select('core/block-editor').getBlocks();
    const stack = top.map((block) => ({ block, depth: 0 })).reverse();
    while (stack.length > 0) {
      const { block, depth } = stack.pop()!;
      // Each issue is a console call: a printf-style template and its values.
      const issues = (block.validationIssues ?? []).map((issue) => {
        // A block type (name, attributes, save ...) is shown by its name, anything else as JSON.
        const values = [...(issue.args ?? [])].map((value) =>
          typeof value === 'string'
            ? value
            : typeof (value as { name?: unknown })?.name === 'string' && 'attributes' in (value as object)
              ? String((value as { name: string }).name)
              : JSON.stringify(value),
        );
        const template = values.shift() ?? '';
        const message = template.replace(/%[sodif]/g, () => values.shift() ?? '');
        return [message, ...values].join(' ');
      });
      found.push({ name: block.name, isValid: block.isValid, depth, ...(issues.length ? { validationIssues: issues } : {}) });
      stack.push(...(block.innerBlocks ?? []).map((inner) => ({ block: inner, depth: depth + 1 })).reverse());
    }
    return found;
  });
}

/** A draft by the administrator holding exactly this markup; returns its id. */
export async function createDraft(site: WordPressSite, markup: string, title = 'Block check'): Promise<number> {
  const response = await fetch(site.restUrl('/wp/v2/posts'), {
    method: 'POST',
    headers: { Authorization: basicAuth(site.users.administrator), 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, content: markup, status: 'draft' }),
  });
  const body = (await response.json()) as { id?: number; content?: { raw?: string } };
  if (response.status !== 201 || typeof body.id !== 'number') {
    throw new Error(`Could not create a draft: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  }
  if (body.content?.raw !== markup) throw new Error(`WordPress changed the markup of post ${body.id} on the way in`);
  return body.id;
}

/** Logs the browser context in through wp-login.php as the administrator (or another role), once. */
export async function logIn(page: Page, site: WordPressSite, role: WordPressRole = 'administrator'): Promise<void> {
  const cookies = await page.context().cookies(site.url);
  if (cookies.some((cookie) => cookie.name.startsWith('wordpress_logged_in_'))) return;
  const { username, password } = site.users[role];
  await page.goto(`${site.url}/wp-login.php`, { timeout: blockEditorTimeout });
  await page.locator('#user_login').fill(username);
  await page.locator('#user_pass').fill(password);
  await Promise.all([
    page.waitForURL(/\/wp-admin\/?/, { timeout: blockEditorTimeout, waitUntil: 'domcontentloaded' }),
    page.locator('#wp-submit').click(),
  ]);
}

const guarded = new WeakSet<BrowserContext>();
/** Requests that would leave loopback fail at once instead of waiting on a network that is not there. */
export async function keepToLoopback(context: BrowserContext): Promise<void> {
  if (guarded.has(context)) return;
  guarded.add(context);
  await context.route(
    (url) => !isLoopback(url),
    (route) => route.abort('blockedbyclient'),
  );
}

function isLoopback(url: URL): boolean {
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** The welcome guide is switched off for the test users; should it show anyway, close it. */
async function dismissWelcomeGuide(page: Page): Promise<void> {
  const guide = page.locator('.edit-post-welcome-guide');
  if (await guide.isVisible()) {
    await guide.getByRole('button', { name: 'Close' }).click();
    await guide.waitFor({ state: 'hidden' });
  }
}

/** The markup the open editor would save for its blocks now (call after blockValidity). */
export async function editorMarkup(page: Page): Promise<string> {
  return page.evaluate(() => {
    const wp = (globalThis as any).wp;
    return wp.blocks.serialize(wp.data.select('core/block-editor').getBlocks()) as string;
  });
}

/**
 * The editor's warning on each invalid block. WordPress words it "This block contains
 * unexpected or invalid content." in 6.1 and "Block contains unexpected or invalid content."
 * in 7.1, where the blocks are inside the editor's canvas frame.
 */
export function invalidBlockWarnings(page: Page, site: WordPressSite): Locator {
  const canvas = site.version === '6.1' ? page : page.frameLocator('iframe[name="editor-canvas"]');
  return canvas.getByText(/^(This block|Block) contains unexpected or invalid content\.$/);
}

/**
 * Markup as this version's editor saves it back: 7.1 adds `wp-block-heading` to headings and
 * `wp-block-list` to lists, which 6.1 (and Spalt) leave out. Nothing else differs.
 */
export function savedAs(site: WordPressSite, markup: string): string {
  if (site.version === '6.1') return markup;
  return markup
    .replace(/(<!-- wp:heading (?:\{[^\n]*\} )?-->\n<h[1-6])>/g, '$1 class="wp-block-heading">')
    .replace(/(<!-- wp:list (?:\{[^\n]*\} )?-->\n<(?:ul|ol)[^>]*?)>/g, '$1 class="wp-block-list">');
}
