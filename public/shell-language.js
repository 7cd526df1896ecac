// Runs in <head>, before the body is parsed or painted (a classic, render-blocking script: the
// Content-Security-Policy allows no inline one). An English link (?lang=en) turns the page
// English and left to right here, so its first frame is English; the shell holds its texts in
// both languages and the stylesheet shows the page's own. The app's URL parser (src/url/params.ts,
// `lang`) reads the same parameter the same way: the first value, exactly "en" or "ar".
(function () {
  if (new URLSearchParams(location.search).get('lang') !== 'en') return;
  var root = document.documentElement;
  root.lang = 'en';
  root.dir = 'ltr';
})();
