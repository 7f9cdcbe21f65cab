// The hostile-input proof's judge, run inside Chromium (read as text and evaluated there, so
// it is plain JavaScript). It answers one question about a page or a piece of HTML as Chromium
// parses it: is anything in it live? Live means an element or attribute that runs script,
// loads or follows an unsafe address, styles the page from a payload, or shadows a property
// of the document (DOM clobbering). Text, wherever it is shown, is not live.
(() => {
  const state = Symbol.for('spalt.hostile-input');
  // Attributes whose value is text for people (what a field holds, an alt text, a label).
  const textAttributes = new Set([
    'value',
    'alt',
    'title',
    'placeholder',
    'label',
    'aria-label',
    'aria-description',
    'aria-valuetext',
    'aria-placeholder',
    'aria-roledescription',
    'download',
  ]);
  const urlAttributes = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'data',
    'poster',
    'background',
    'cite',
    'longdesc',
    'lowsrc',
    'dynsrc',
    'ping',
    'manifest',
    'codebase',
    'icon',
    'profile',
    'usemap',
    'srcset',
    'imagesrcset',
    'archive',
    'classid',
  ]);
  const neverLive = new Set([
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'base',
    'portal',
    'fencedframe',
    'handler',
    'listener',
  ]);
  const clobberable = new Set([
    ...Object.getOwnPropertyNames(Document.prototype),
    ...Object.getOwnPropertyNames(Node.prototype),
    ...Object.getOwnPropertyNames(EventTarget.prototype),
    ...Object.getOwnPropertyNames(Window.prototype),
    ...Object.getOwnPropertyNames(HTMLFormElement.prototype),
    'location',
    'top',
    'self',
    'parent',
    'frames',
    'opener',
    'window',
    'document',
    'cookie',
    'domain',
    'body',
    'head',
    'forms',
    'images',
    'links',
    'scripts',
    'alert',
    'eval',
    'fetch',
    'name',
    'action',
    'innerHTML',
    'attributes',
    'nodeName',
    'parentNode',
    '__pwn',
  ]);
  const payloadMark = /pwn/i;

  /** The scheme a browser would see: controls and spaces around, tabs and newlines inside, are ignored. */
  const schemeOf = (raw) => {
    const value = raw
      .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
      .replace(/[\t\n\r]/g, '')
      .toLowerCase();
    const match = /^([a-z][a-z0-9+.-]*):/.exec(value);
    return match ? { scheme: match[1], value } : { scheme: null, value };
  };
  const unsafeAddress = (raw) => {
    const { scheme, value } = schemeOf(raw);
    if (scheme === null || scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'blob') return false;
    if (scheme === 'data') return !/^data:image\/(png|jpeg|gif|webp)[;,]/.test(value);
    // A library photo in the block markup export: no browser can load or follow it.
    if (scheme === 'spalt-photo') return false;
    return true;
  };
  const unsafeCss = (css) =>
    /url\s*\(|expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|@import/i.test(css.replace(/\\/g, ''));

  const describe = (el) => el.outerHTML.slice(0, 160);

  /** What is live about one element, without looking at its children. */
  const elementProblems = (el) => {
    const found = [];
    const tag = el.localName;
    if (tag === 'script') found.push(`script element: ${describe(el)}`);
    if (neverLive.has(tag)) found.push(`${tag} element: ${describe(el)}`);
    if (tag === 'meta' && /refresh|set-cookie/i.test(el.getAttribute('http-equiv') ?? '')) found.push(`meta ${describe(el)}`);
    if (tag === 'link' && !/^(stylesheet|icon|modulepreload)$/i.test(el.getAttribute('rel') ?? '')) found.push(`link ${describe(el)}`);
    if (tag === 'style' && (unsafeCss(el.textContent ?? '') || payloadMark.test(el.textContent ?? '') || el.closest('body')))
      found.push(`style element: ${describe(el)}`);
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value;
      const addresses = name.endsWith('srcset') ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
      if (name.startsWith('on')) found.push(`event handler ${name}: ${describe(el)}`);
      else if (urlAttributes.has(name)) {
        // An address is judged by what a browser would do with it, not by the text it carries.
        if (addresses.some(unsafeAddress)) found.push(`unsafe ${name}: ${describe(el)}`);
      } else if (name === 'srcdoc') found.push(`srcdoc: ${describe(el)}`);
      else if (name === 'style' && unsafeCss(value)) found.push(`style attribute: ${describe(el)}`);
      else if ((name === 'id' || name === 'name') && (clobberable.has(value) || payloadMark.test(value)))
        found.push(`clobbering ${name}=${value}: ${describe(el)}`);
      else if (
        !textAttributes.has(name) &&
        (payloadMark.test(value) || /(java|vb)script:/i.test(value.replace(/[\s\u0000-\u001f]/g, '')))
      ) {
        found.push(`payload in ${name}: ${describe(el)}`);
      }
    }
    return found;
  };

  /** Every live thing in a subtree, shadow roots included. */
  const subtreeProblems = (root) => {
    const found = [];
    const visit = (node) => {
      if (node.nodeType === 1) found.push(...elementProblems(node));
      if (node.shadowRoot) visit(node.shadowRoot);
      for (const child of node.childNodes) visit(child);
    };
    visit(root);
    return found;
  };

  return {
    /** What is live in a piece of HTML, parsed as Chromium parses a page. */
    judgeHtml(html) {
      return subtreeProblems(new DOMParser().parseFromString(html, 'text/html'));
    },
    /**
     * Starts watching this page: what is live now is its own (the app's script and styles);
     * anything live added later, for however short a time, is recorded.
     */
    watch() {
      if (window[state]) return window[state].baseline.length;
      const baseline = subtreeProblems(document);
      const recorded = [];
      const observer = new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          if (mutation.type === 'attributes' && mutation.target.nodeType === 1) {
            for (const problem of elementProblems(mutation.target)) if (!baseline.includes(problem)) recorded.push(problem);
          }
          for (const node of mutation.addedNodes) {
            for (const problem of subtreeProblems(node)) if (!baseline.includes(problem)) recorded.push(problem);
          }
        }
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      window[state] = { baseline, recorded };
      return baseline.length;
    },
    /** What was recorded since the last call, and what is live in the page now, less its own. */
    take() {
      const watched = window[state];
      if (!watched) throw new Error('the page is not watched');
      const now = subtreeProblems(document).filter((problem) => !watched.baseline.includes(problem));
      const recorded = watched.recorded.splice(0);
      return [...new Set([...recorded, ...now])];
    },
  };
})();
