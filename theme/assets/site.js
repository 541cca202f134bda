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
  // Play a pose's movement: the steps the generator drew between its start and its end, shown one after another,
  // there and back, until the button is pressed again. Never starts on its own; with reduced motion asked for, the
  // button stays hidden and the still start and end pictures are all there is.
  var reduce = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  Array.prototype.forEach.call(document.querySelectorAll('[data-figure-play-button]'), function (button) {
    var figure = button.parentNode;
    var player = figure.querySelector('[data-figure-play]');
    var steps = player ? player.querySelectorAll('.fig-step') : [];
    if (steps.length < 2) return;
    var timer = null, at = 0, way = 1;
    function show(i) {
      Array.prototype.forEach.call(steps, function (s, j) { s.classList.toggle('is-shown', j === i); });
    }
    function tick() {
      show(at);
      var end = at === 0 || at === steps.length - 1;
      if (at + way < 0 || at + way >= steps.length) way = -way;
      at += way;
      timer = setTimeout(tick, end ? 900 : 350);
    }
    function stop() {
      clearTimeout(timer);
      timer = null;
      figure.classList.remove('is-playing');
      player.hidden = true;
      button.setAttribute('aria-pressed', 'false');
    }
    function sync() {
      if (reduce && reduce.matches) { stop(); button.hidden = true; } else button.hidden = false;
    }
    button.addEventListener('click', function () {
      if (timer !== null) { stop(); return; }
      at = 0; way = 1;
      player.hidden = false;
      figure.classList.add('is-playing');
      button.setAttribute('aria-pressed', 'true');
      tick();
    });
    if (reduce && reduce.addEventListener) reduce.addEventListener('change', sync);
    sync();
  });
  // Print buttons (the printable routine) only show when they can work.
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
