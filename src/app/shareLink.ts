/**
 * Shares the current view's link. The link is always copied (a journalist pasting it into a chat
 * expects the clipboard to hold it); on touch devices that have the Web Share API the system
 * share sheet opens as well.
 */
export async function shareLink(title: string, url: string): Promise<boolean> {
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    copied = false;
  }
  const coarse = window.matchMedia?.('(pointer: coarse)').matches ?? false;
  if (coarse && typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url });
      return true;
    } catch {
      // Dismissing the share sheet is not a failure when the link is already on the clipboard.
    }
  }
  return copied;
}
