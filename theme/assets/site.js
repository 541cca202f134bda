// Small enhancements; every page works without this file.
(function () {
  'use strict';
  // "/" jumps to the search box, unless you are already typing somewhere.
  document.addEventListener('keydown', function (e) {
    var q = document.getElementById('site-search-q');
    var el = document.activeElement;
    if (e.key !== '/' || !q || e.ctrlKey || e.metaKey || e.altKey || el === q) return;
    if (el && (/^(input|textarea|select)$/i.test(el.tagName) || el.isContentEditable)) return;
    e.preventDefault();
    q.focus();
  });
  // Print buttons (the printable routine) only show when they can work.
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
