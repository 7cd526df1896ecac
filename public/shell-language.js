// Runs in <head>, before the body is parsed or painted (a classic, render-blocking script: the
// Content-Security-Policy allows no inline one). An English link (?lang=en) turns the page
// English and left to right here, so its first frame is English; the shell holds its texts in
// both languages and the stylesheet shows the page's own. The app's URL parser (src/url/params.ts,
// `lang`) reads the same parameter the same way: the first value, exactly "en" or "ar".
//
// The page's HTML also holds the opening view, prerendered (src/prerender). A link to any other
// view (any parameter besides the language), or a reader who saved digits or a calendar of their
// own (src/app/displayStore.ts), would see that view first and then theirs: the page is marked
// here, and the stylesheet shows the loading text in its place until the app renders theirs.
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var lang = query.get('lang');
  if (lang === 'en') {
    root.lang = 'en';
    root.dir = 'ltr';
  }
  var other = lang !== null && lang !== 'en' && lang !== 'ar';
  query.forEach(function (_value, key) {
    if (key !== 'lang') other = true;
  });
  try {
    var saved = JSON.parse(localStorage.getItem('masar.display') || '{}') || {};
    if ((saved.digits || 'latn') !== 'latn' || (saved.calendar || 'gregory') !== 'gregory')
      other = true;
  } catch {
    // No storage, or not ours to read: the defaults apply, as in the app.
  }
  if (other) root.setAttribute('data-other-view', '');
})();
