// Variant finder filters and the "/" search shortcut. The site works fully without this file.
document.addEventListener('keydown', function (e) {
  var q = document.getElementById('site-search-q');
  if (e.key === '/' && q && document.activeElement !== q && !/input|textarea|select/i.test(document.activeElement.tagName)) { e.preventDefault(); q.focus(); }
});
