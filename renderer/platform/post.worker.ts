/**
 * Sends a large call to the core off the main thread. Handing a request body to fetch (encoding
 * it and passing it to the network service) took the window's main thread about 10 ms at each
 * autosave of a 20,000-word article and 3 ms at 2,000 words, on a keystroke's way; here it takes
 * this thread's instead. Same origin, so the page's cookie goes with it.
 */
import type { PostAnswer, PostRequest } from './post-protocol';

addEventListener('message', (event: MessageEvent<PostRequest>) => {
  const { id, name, body } = event.data;
  const answer = (reply: PostAnswer) => postMessage(reply);
  fetch(`/api/invoke/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, credentials: 'same-origin' }).then(
    async (response) => answer({ id, status: response.status, text: await response.text().catch(() => null) }),
    () => answer({ id, status: null, text: null }),
  );
});
