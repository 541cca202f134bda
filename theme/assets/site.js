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
  // Offline: the service worker keeps the pages a reader opens and what they ask to keep (a routine keeps its
  // player, through links marked data-keep-offline; the handout builder its data, named by data-keep-offline), so
  // they work with no connection. See offline.js. A page also keeps its own scripts and stylesheets: on a first
  // visit they load before the worker runs, so the worker never saw them.
  var script = document.currentScript;
  var worker = script && script.getAttribute('data-service-worker');
  if (worker && 'serviceWorker' in navigator && window.isSecureContext) {
    navigator.serviceWorker.register(worker).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      var urls = [location.href];
      Array.prototype.forEach.call(document.querySelectorAll('[data-keep-offline]'), function (e) { urls.push(e.getAttribute('data-keep-offline') || e.href); });
      Array.prototype.forEach.call(document.querySelectorAll('script[src]'), function (e) { urls.push(e.src); });
      Array.prototype.forEach.call(document.querySelectorAll('link[rel="stylesheet"]'), function (e) { urls.push(e.href); });
      if (registration.active) registration.active.postMessage({ type: 'keep', urls: urls });
    }).catch(function () { /* no offline copy: the site works as before */ });
  }
  // Print buttons (the printable routine) only show when they can work.
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
