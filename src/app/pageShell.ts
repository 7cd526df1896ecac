/**
 * The parts of index.html that React renders into: <main> for the app, and two slots beside the
 * shell's own header texts (see the comment in index.html for why those stay static).
 */
export interface PageShell {
  main: HTMLElement;
  /** First in the page, so the skip link is the first thing Tab reaches. */
  skipLink: HTMLElement;
  /** Inside the header, after its texts. */
  headerControls: HTMLElement;
  /** The embed view (embed/index.html): no filters, a link back to the full view instead of the header's buttons. */
  embed: boolean;
}

/** The shell's elements, or undefined when the page is not Masar's index.html. */
export function findPageShell(doc: Document): PageShell | undefined {
  const main = doc.getElementById('root');
  const skipLink = doc.getElementById('skip-link-slot');
  const headerControls = doc.getElementById('header-controls-slot');
  const embed = doc.documentElement.hasAttribute('data-embed');
  return main && skipLink && headerControls ? { main, skipLink, headerControls, embed } : undefined;
}

/**
 * Removes the shell's stand-ins for what React renders (marked data-stand-in). Called from a
 * layout effect, in the same frame as React's first commit, so the page never shows both or
 * neither.
 */
export function dropStandIns(shell: PageShell): void {
  for (const element of shell.headerControls.querySelectorAll('[data-stand-in]')) element.remove();
}
