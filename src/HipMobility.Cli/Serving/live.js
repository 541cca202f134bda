// Serve mode only (never in a build): reload the tab after a rebuild; show build errors over the last good page.
(function () {
  'use strict';
  var source = new EventSource('/__hipmobility/events');
  // Marks the page once the server can push to it (the serve tests wait on this, never on a fixed delay).
  source.addEventListener('open', function () { document.documentElement.setAttribute('data-hipmobility-live', 'connected'); });
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('errors', function (e) { show(JSON.parse(e.data)); });
  function show(errors) {
    var old = document.getElementById('hipmobility-overlay');
    if (old) old.remove();
    if (!errors.length) return;
    var box = document.createElement('div');
    box.id = 'hipmobility-overlay';
    box.setAttribute('role', 'alert');
    var h = document.createElement('h2');
    h.textContent = 'Build failed: ' + errors.length + ' error(s). Showing the last good page.';
    box.appendChild(h);
    var ul = document.createElement('ul');
    errors.forEach(function (text) { var li = document.createElement('li'); li.textContent = text; ul.appendChild(li); });
    box.appendChild(ul);
    document.body.appendChild(box);
  }
}());
