// Variant finder: filters the table by position, intensity, props and the health conditions to leave versions out for, and keeps the choice in the address
// (?position=chair&intensity=gentle) so it can be shared. Without this file the form stays hidden and the full table shows.
(function () {
  'use strict';
  var panel = document.getElementById('finder-panel');
  var form = document.getElementById('finder-filters');
  var table = document.getElementById('finder-table');
  var count = document.getElementById('finder-count');
  var empty = document.getElementById('finder-empty');
  if (!panel || !form || !table || !count) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var groups = ['position', 'intensity', 'props', 'condition'];

  function ticked(name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (i) { return i.value; });
  }

  function apply(remember) {
    var want = {};
    groups.forEach(function (g) { want[g] = ticked(g); });
    var shown = 0;
    rows.forEach(function (row) {
      var props = row.getAttribute('data-props') ? row.getAttribute('data-props').split(' ') : ['none'];
      var ok = (!want.position.length || want.position.indexOf(row.getAttribute('data-position')) >= 0)
        && (!want.intensity.length || want.intensity.indexOf(row.getAttribute('data-intensity')) >= 0)
        && (!want.props.length || props.some(function (p) { return want.props.indexOf(p) >= 0; }))
        // a ticked condition leaves out every version marked to be left out or changed for it
        && !(row.getAttribute('data-not-for') || '').split(' ').some(function (t) { return t && want.condition.indexOf(t) >= 0; });
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown === rows.length
      ? 'Showing all ' + rows.length + ' versions'
      : 'Showing ' + shown + ' of ' + rows.length + ' versions';
    if (empty) empty.hidden = shown > 0;
    if (remember && window.history && history.replaceState) {
      var query = new URLSearchParams();
      groups.forEach(function (g) { want[g].forEach(function (v) { query.append(g, v); }); });
      var text = query.toString();
      history.replaceState(null, '', location.pathname + (text ? '?' + text : '') + location.hash);
    }
  }

  var start = new URLSearchParams(location.search);
  groups.forEach(function (g) {
    start.getAll(g).forEach(function (v) {
      var box = form.querySelector('input[name="' + g + '"][value="' + CSS.escape(v) + '"]');
      if (box) box.checked = true;
    });
  });
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  // Open on wide screens, or when the address already asks for a filter; on a phone it starts folded.
  panel.open = start.toString() !== '' || window.matchMedia('(min-width: 48rem)').matches;
  panel.hidden = false;
  apply(false);
})();
