/** What a copy button says after it was pressed. */
export type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * Puts a link on the clipboard, for the header's "share" and the details panel's "copy link to
 * this event". The link is always copied (a journalist pasting it into a chat expects the
 * clipboard to hold it). Given a `shareTitle`, touch devices that have the Web Share API open the
 * system share sheet as well. Resolves to whether the link reached the reader.
 */
export async function copyLink(url: string, shareTitle?: string): Promise<boolean> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    copied = false;
  }
  if (shareTitle === undefined) return copied;
  const coarse = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  if (coarse && typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: shareTitle, url });
      return true;
    } catch {
      // Dismissing the share sheet is not a failure when the link is already on the clipboard.
    }
  }
  return copied;
}
