/**
 * A forum's colour as a dot. An SVG fill, not an inline style: the prerendered page's HTML
 * (src/prerender) is under a Content-Security-Policy that allows no style attribute, and a fill
 * is an attribute of the drawing, not a style.
 */
export function ForumDot({ colour, className }: { colour: string; className: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 10 10" className={`shrink-0 ${className}`}>
      <circle cx="5" cy="5" r="5" fill={colour} />
    </svg>
  );
}
