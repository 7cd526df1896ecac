/**
 * The optional host script (served as /embed.js): in a page that embeds Masar with
 * `<iframe data-masar-embed src="https://…/embed/?…">`, it sizes the frame to its content and
 * keeps the embed's view in the page's address (`#masar=…`), so a reader can share the exact view
 * they reached; a page opened with that hash opens the embed on it. Only the first embed of a
 * page uses the hash.
 */
import { hashFor, queryFromHash, readReady, readView } from './embedMessages.ts';

function embedUrl(frame: HTMLIFrameElement): URL | undefined {
  try {
    return new URL(frame.src, document.baseURI);
  } catch {
    return undefined;
  }
}

function connect(frame: HTMLIFrameElement, keepsHash: boolean): void {
  const url = embedUrl(frame);
  if (!url) return;
  const origin = url.origin;
  if (keepsHash) {
    const query = queryFromHash(window.location.hash);
    if (query !== undefined && query !== url.search) {
      url.search = query;
      frame.src = url.href;
    }
  }
  // The embed may not listen yet when it loads; it says "ready" when it does, and both lead here.
  const hello = () => frame.contentWindow?.postMessage({ masar: 1, type: 'hello' }, origin);
  window.addEventListener('message', (event) => {
    // Only this frame's window, from the origin it was loaded from.
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (readReady(event.data)) {
      hello();
      return;
    }
    const view = readView(event.data);
    if (!view) return;
    frame.style.height = `${view.height}px`;
    if (keepsHash) {
      const hash = hashFor(view.query);
      if (window.location.hash !== hash)
        window.history.replaceState(window.history.state, '', hash);
    }
  });
  frame.addEventListener('load', hello);
  hello();
}

const frames = document.querySelectorAll<HTMLIFrameElement>('iframe[data-masar-embed]');
frames.forEach((frame, i) => connect(frame, i === 0));
