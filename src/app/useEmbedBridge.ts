/**
 * In the embed view, tells the page that embeds it (through its host script, /embed.js) the
 * current view and the content's height. It speaks only after the host's "hello", only to the
 * parent window that sent it and only to that window's origin (only the content-free "ready"
 * goes to "*"); what it sends is
 * the view's query, which the reader could see in a link anyway.
 */
import { useEffect, useRef } from 'react';
import { readHello, type ReadyMessage, type ViewMessage } from '../embedHost/embedMessages.ts';

export function useEmbedBridge(enabled: boolean, query: string): void {
  const host = useRef<string | undefined>(undefined);
  const queryRef = useRef(query);
  const send = useRef(() => {});

  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const content = document.body.firstElementChild ?? document.body;
    send.current = () => {
      if (host.current === undefined) return;
      const message: ViewMessage = {
        masar: 1,
        type: 'view',
        query: queryRef.current,
        height: Math.ceil(content.getBoundingClientRect().height),
      };
      window.parent.postMessage(message, host.current);
    };
    const onMessage = (event: MessageEvent) => {
      // A sandboxed host has the opaque origin "null", which no message can be addressed to.
      if (event.source !== window.parent || event.origin === 'null' || !readHello(event.data))
        return;
      host.current = event.origin;
      send.current();
    };
    window.addEventListener('message', onMessage);
    const ready: ReadyMessage = { masar: 1, type: 'ready' };
    window.parent.postMessage(ready, '*');
    const observer = new ResizeObserver(() => send.current());
    observer.observe(content);
    return () => {
      window.removeEventListener('message', onMessage);
      observer.disconnect();
    };
  }, [enabled]);

  useEffect(() => {
    queryRef.current = query;
    send.current();
  }, [query]);
}
