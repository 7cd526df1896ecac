// The one script of the static event and day pages (src/pages/staticPage.ts): with JavaScript
// on, the reader goes on to the app on the same event or day. A file, not inline, because the
// Content-Security-Policy allows no inline script; `replace` so Back does not return here only to
// be sent on again.
const link = document.getElementById('open-in-app');
if (link instanceof HTMLAnchorElement && new URL(link.href).origin === location.origin)
  location.replace(link.href);
