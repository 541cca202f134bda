// The /search/ page: queries the Pagefind index built with the site (no request leaves the site).
// Works with ?q= and filter parameters in the URL, so a clinic can link straight to a search.
(function () {
  'use strict';
  var root = document.querySelector('[data-search-base]');
  if (!root) return;
  var base = root.getAttribute('data-search-base') || '/';
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var pagefind = null;
  var counter = 0;
  var shown = 10;
  var more = document.createElement('button');
  more.type = 'button';
  more.className = 'button search-more';
  more.textContent = 'Show more results';
  more.hidden = true;
  list.after(more);
  more.addEventListener('click', function () { shown += 10; run(true); });

  function selectedFilters() {
    var filters = {};
    form.querySelectorAll('fieldset[data-filter]').forEach(function (set) {
      var values = [].map.call(set.querySelectorAll('input:checked'), function (c) { return c.value; });
      if (values.length) filters[set.getAttribute('data-filter')] = { any: values };
    });
    return filters;
  }

  // The filters fold away so that, on a phone, the results follow the search box on the first screen; a link that
  // sets filters opens them, and the summary says how many are chosen.
  var filterBox = document.getElementById('search-filters');
  var filterCount = document.getElementById('search-filters-count');
  function countFilters() {
    var n = form.querySelectorAll('fieldset[data-filter] input:checked').length;
    filterCount.textContent = n ? '(' + n + ' chosen)' : '';
    return n;
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    form.querySelectorAll('fieldset[data-filter] input').forEach(function (c) {
      c.checked = params.getAll(c.name).indexOf(c.value) >= 0;
    });
    if (countFilters()) filterBox.open = true;
  }

  function writeUrl() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    form.querySelectorAll('fieldset[data-filter] input:checked').forEach(function (c) { params.append(c.name, c.value); });
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  function item(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  // Pagefind's excerpts are escaped text with <mark> around matches; keep only that markup.
  function excerpt(html) {
    var p = item('p', 'search-excerpt');
    html.split(/(<mark>|<\/mark>)/).reduce(function (inMark, part) {
      if (part === '<mark>') return true;
      if (part === '</mark>') return false;
      var text = document.createElement('textarea');
      text.innerHTML = part;
      p.appendChild(inMark ? item('mark', null, text.value) : document.createTextNode(text.value));
      return inMark;
    }, false);
    return p;
  }

  async function run(keepCount) {
    if (keepCount !== true) shown = 10;
    var run = ++counter;
    var query = input.value.trim();
    var filters = selectedFilters();
    writeUrl();
    if (!query && !Object.keys(filters).length) { status.textContent = ''; list.replaceChildren(); return; }
    status.textContent = 'Searching…';
    if (!pagefind) {
      pagefind = await import(base + 'pagefind/pagefind.js');
      await pagefind.options({ baseUrl: base });
    }
    var search = await pagefind.search(query || null, { filters: filters });
    // Ten at a time: each result's data is a separate small download.
    var results = await Promise.all(search.results.slice(0, shown).map(function (r) { return r.data(); }));
    if (run !== counter) return;
    list.replaceChildren.apply(list, results.map(function (r) {
      var li = item('li', 'search-result');
      if (r.meta.image) {
        // The pose's figure (decorative here: the link beside it names the pose).
        var img = item('img', 'search-figure');
        img.src = r.meta.image;
        img.alt = '';
        img.loading = 'lazy';
        li.appendChild(img);
      }
      var h = item('h2');
      var a = item('a', null, r.meta.title || r.url);
      a.href = r.url;
      h.appendChild(a);
      li.appendChild(h);
      if (r.filters && r.filters.type) li.appendChild(item('p', 'search-type', r.filters.type.join(', ')));
      li.appendChild(excerpt(r.excerpt));
      var subs = (r.sub_results || []).filter(function (s) { return s.url !== r.url; }).slice(0, 3);
      if (subs.length) {
        var ul = item('ul', 'search-subresults');
        subs.forEach(function (s) {
          var sli = item('li');
          var sa = item('a', null, s.title);
          sa.href = s.url;
          sli.appendChild(sa);
          ul.appendChild(sli);
        });
        li.appendChild(ul);
      }
      return li;
    }));
    status.textContent = search.results.length === 0 ? 'No results. Try another name, such as "pigeon" or "inner thigh".'
      : search.results.length + (search.results.length === 1 ? ' result' : ' results') + (search.results.length > shown ? ' (showing ' + shown + ')' : '');
    more.hidden = search.results.length <= shown;
  }

  var timer = null;
  function soon() { clearTimeout(timer); timer = setTimeout(run, 150); }
  form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  input.addEventListener('input', soon);
  form.addEventListener('change', function () { countFilters(); run(); });
  readUrl();
  run();
}());
