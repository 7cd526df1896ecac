// Runs right after the prerendered app in <main> is parsed (a classic script: the
// Content-Security-Policy allows no inline one), before the browser paints it on an English page.
// The build writes the opening view in Arabic as the page and in English inside a <template>
// (src/prerender): the two cannot both be in the document, as they share element ids (a label's
// `for`, a skip link's target). An English link (shell-language.js turned <html lang> to "en"
// and the stylesheet hides the Arabic view meanwhile) swaps the English one in here. Without
// scripts the page stays Arabic; src/app/startApp.tsx makes the same swap if this did not run.
(function () {
  if (document.documentElement.lang !== 'en') return;
  var template = document.querySelector('main > template[data-prerendered="en"]');
  var arabic = document.querySelector('main > [data-prerendered="ar"]');
  if (!template || !arabic) return;
  arabic.replaceWith(template.content.cloneNode(true));
  template.remove();
})();
