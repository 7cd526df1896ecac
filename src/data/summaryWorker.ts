/**
 * The worker behind loadSummaries (chunkSummaries.ts): reads the detail chunks off the page's
 * main thread and posts back one language's summaries per chunk.
 */
import { readSummaries, type SummaryRequest } from './chunkSummaries.ts';

// Typed by hand: the project's lib is the DOM's, where postMessage wants a target origin.
const scope = self as unknown as {
  onmessage: ((message: MessageEvent<SummaryRequest>) => void) | null;
  postMessage(reply: unknown): void;
};

scope.onmessage = async (message) => {
  for await (const reply of readSummaries(message.data)) scope.postMessage(reply);
};
