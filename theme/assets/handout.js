// The handout builder (/handouts/new/): a clinician composes a printable home routine from the guide's poses.
// The whole handout lives in the address after "#" (see "Handout links" in CONTRIBUTING.md), so sharing the link
// shares the handout and nothing is sent to or kept on any server. Poses come from handouts/guide.json.
// Nothing is written to the device unless "Keep a draft on this device" is ticked.
(function () {
  'use strict';
  var root = document.getElementById('handout');
  if (!root) return;

  var VERSION = 'v1';
  var MAX_STEPS = 20;
  var DRAFT_KEY = 'hipmobility-handout-draft';
  var LONG_LINK = 1000;
  var VERY_LONG_SHEET_LINES = 60;
  var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var HOLD = /^([0-9]{1,4})(?:\s*[-–]\s*([0-9]{1,4}))?\s*(s|sec|secs|seconds?|min|mins|minutes?|breaths?)$/i;
  var REPS = /^([0-9]{1,3})(?:\s*[-–]\s*([0-9]{1,3}))?$/;
  var HINTS = {
    hold: ['A time: 30s, 1 min, 5 breaths.', 'Write a time such as 30s, 1 min or 5 breaths.'],
    reps: ['Times: 8, or 8-10.', 'Write a number such as 8, or a range such as 8-10.'],
    rest: ['Between sets: 30s, 30-60s.', 'Write a time such as 30s or 30-60s.']
  };
  var MESSAGES = {
    damaged: 'This handout link is damaged or incomplete, so it cannot be shown. Ask for the link again, or copy all of it again: it is long, and every character is needed. You can also build a new handout below.',
    newer: 'This handout link was made by a newer version of the handout builder. Reload the page to get the newest version, or ask for the link again.',
    data: 'The list of poses could not be loaded, so the handout cannot be shown. Check your connection and reload the page.',
    old: 'This browser is too old for the handout builder. Every routine in the guide also has a printable page.'
  };

  function $(id) { return document.getElementById(id); }
  var ui = {
    loading: $('handout-loading'), message: $('handout-message'), toolbar: $('handout-toolbar'),
    print: $('handout-print'), copy: $('handout-copy'), edit: $('handout-edit'), builder: $('handout-builder'),
    title: $('hb-title'), clinic: $('hb-clinic'), note: $('hb-note'), routine: $('hb-routine'), useRoutine: $('hb-use-routine'),
    steps: $('hb-steps'), empty: $('hb-empty'), search: $('hb-search'), options: $('hb-options'), count: $('hb-search-count'),
    link: $('hb-link'), longLink: $('hb-link-long'), draft: $('hb-draft'), clear: $('hb-clear'), status: $('hb-status'), undo: $('hb-undo'),
    offer: $('hb-offer'), conditions: root.querySelectorAll('input[name="condition"]'), sheetChecked: $('sheet-checked'),
    forYou: $('handout-for-you'), preview: $('handout-preview'), sheet: $('handout-sheet'), sheetTitle: $('sheet-title'), sheetClinic: $('sheet-clinic'),
    sheetMeta: $('sheet-meta'), sheetSteps: $('sheet-steps'), sheetNote: $('sheet-note'), qr: $('sheet-qr'),
    times: $('hb-times'), days: $('hb-days'), sheetOften: $('sheet-often')
  };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined && c !== '') e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function showMessage(kind) {
    ui.message.textContent = kind ? MESSAGES[kind] : '';
    ui.message.hidden = !kind;
  }

  if (!window.fetch || !window.TextEncoder || !window.TextDecoder || !window.qrcode || !Array.prototype.fill) {
    showMessage('old');
    return;
  }

  // ---- the link format: "v1." + base64url(UTF-8 JSON), keys as in CONTRIBUTING.md ----

  function LinkError(kind) { this.kind = kind; }

  function toBase64Url(bytes) {
    var binary = '';
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new LinkError('damaged');
    var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function clean(text, max) { return String(text || '').trim().slice(0, max); }

  function encode(h) {
    var o = {};
    if (clean(h.title, 80)) o.t = clean(h.title, 80);
    if (clean(h.clinic, 80)) o.c = clean(h.clinic, 80);
    if (clean(h.note, 300)) o.n = clean(h.note, 300);
    if (h.conditions && h.conditions.length) o.k = h.conditions.slice();
    if (h.often && (h.often.times || h.often.days)) o.f = [h.often.times || 0, h.often.days || 0];
    o.s = h.steps.map(function (s) {
      var x = { p: s.pose };
      if (s.variant) x.v = s.variant;
      if (clean(s.hold, 20)) x.h = clean(s.hold, 20);
      if (clean(s.reps, 20)) x.r = clean(s.reps, 20);
      if (s.sides === 'each') x.e = 1;
      if (s.sets > 1) x.x = s.sets;
      if (s.sets > 1 && clean(s.rest, 20)) x.k = clean(s.rest, 20);
      if (s.days) x.w = s.days;
      if (clean(s.note, 140)) x.o = clean(s.note, 140);
      return x;
    });
    return VERSION + '.' + toBase64Url(new TextEncoder().encode(JSON.stringify(o)));
  }

  /** A fragment that claims to be a handout ("v" and a digit); anything else (#main…) is an ordinary anchor. */
  function isHandout(fragment) { return /^v[0-9]/.test(fragment); }

  function decode(fragment) {
    var text;
    try { text = decodeURIComponent(fragment); } catch (e) { throw new LinkError('damaged'); }
    var m = /^v([0-9]+)\.([\s\S]*)$/.exec(text);
    if (!m) throw new LinkError('damaged');
    if (m[1] !== '1') throw new LinkError(Number(m[1]) > 1 ? 'newer' : 'damaged');
    if (m[2].length > 12000) throw new LinkError('damaged');
    var o;
    try { o = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(m[2]))); }
    catch (e) { throw e instanceof LinkError ? e : new LinkError('damaged'); }
    function object(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
    function str(v, max) {
      if (v === undefined) return '';
      if (typeof v !== 'string' || v.length > max) throw new LinkError('damaged');
      return v;
    }
    function int(v, low, high, absent) {
      if (v === undefined) return absent;
      if (typeof v !== 'number' || Math.floor(v) !== v || v < low || v > high) throw new LinkError('damaged');
      return v;
    }
    function id(v, optional) {
      if (v === undefined && optional) return '';
      if (typeof v !== 'string' || v.length > 100 || !ID.test(v)) throw new LinkError('damaged');
      return v;
    }
    if (!object(o) || !Array.isArray(o.s) || o.s.length > 30) throw new LinkError('damaged');
    if (o.k !== undefined && (!Array.isArray(o.k) || o.k.length > 30)) throw new LinkError('damaged');
    if (o.f !== undefined && (!Array.isArray(o.f) || o.f.length !== 2)) throw new LinkError('damaged');
    return {
      often: o.f === undefined ? { times: 0, days: 0 } : { times: int(o.f[0], 0, 3, 0), days: int(o.f[1], 0, 7, 0) },
      title: str(o.t, 500), clinic: str(o.c, 500), note: str(o.n, 2000),
      // Conditions this guide no longer has are dropped; tags are permanent, so that is rare.
      conditions: (o.k || []).map(function (k) { return id(k); }).filter(function (k) { return tagById.hasOwnProperty(k); }),
      steps: o.s.map(function (s) {
        if (!object(s)) throw new LinkError('damaged');
        return {
          uid: uid(), pose: id(s.p), variant: id(s.v, true), hold: str(s.h, 40), reps: str(s.r, 40),
          sides: int(s.e, 0, 1, 0) === 1 ? 'each' : 'both', sets: int(s.x, 1, 20, 1), rest: str(s.k, 40), days: int(s.w, 1, 7, 0), note: str(s.o, 1000)
        };
      })
    };
  }

  // ---- the guide's poses ----

  var guide = null;
  var poseById = {};
  var tagById = {};

  function indexGuide(data) {
    guide = data;
    guide.positions = guide.positions || {};
    data.poses.forEach(function (p) {
      p.variantById = {};
      p.variants.forEach(function (v) {
        (v.formerIds || []).forEach(function (old) { p.variantById[old] = v; });
      });
      p.variants.forEach(function (v) { p.variantById[v.id] = v; });
      p.names = [p.title].concat(p.aliases || [], p.sanskrit ? [p.sanskrit] : []).map(normal);
      (p.formerIds || []).forEach(function (old) { poseById[old] = p; });
    });
    data.poses.forEach(function (p) { poseById[p.id] = p; });
    (data.precautions || []).forEach(function (t) { tagById[t.id] = t; });
  }

  // ---- "this patient has": the precaution tags ticked for this handout ----

  function ticked(tag) { return state.conditions.indexOf(tag) >= 0; }
  function tagTitle(tag) { return tagById[tag] ? tagById[tag].title : tag; }
  function precautionsOf(pose, variant) { return (variant ? variant.precautions : pose.precautions) || []; }
  function versionName(pose, variant) { return variant ? variant.name + (variant.name.indexOf(pose.title) >= 0 ? '' : ' (' + pose.title + ')') : pose.title; }

  /** The precautions of a version that keep a patient with a ticked condition from it as it is (avoid, modify). */
  function conflicts(pose, variant) {
    return precautionsOf(pose, variant).filter(function (p) { return ticked(p.tag) && (p.level === 'avoid' || p.level === 'modify'); });
  }

  /** The safer version a precaution names, or null. */
  function saferOf(p) {
    var pose = p.usePose && Object.prototype.hasOwnProperty.call(poseById, p.usePose) ? poseById[p.usePose] : null;
    if (!pose) return null;
    var variant = p.useVariant ? pose.variantById[p.useVariant] : null;
    return p.useVariant && !variant ? null : { pose: pose, variant: variant };
  }

  /**
   * The version to use for the ticked conditions: each "modify" is followed to the version it names; an "avoid" stops
   * there (avoid: the precaution, whose safer version, if any, is offered instead).
   */
  function checkedVersion(pose, variant) {
    var swapped = [];
    for (var n = 0; n < 6; n++) {
      var found = conflicts(pose, variant);
      if (!found.length) break;
      var avoid = found.filter(function (p) { return p.level === 'avoid'; })[0];
      var target = avoid ? null : saferOf(found[0]);
      if (avoid || !target) return { pose: pose, variant: variant, swapped: swapped, avoid: avoid || found[0] };
      swapped.push(found[0]);
      pose = target.pose;
      variant = target.variant;
    }
    return { pose: pose, variant: variant, swapped: swapped, avoid: null };
  }

  function setVersion(step, pose, variant) {
    if (step.pose !== pose.id) {
      step.hold = pose.hold || '';
      step.reps = pose.reps || '';
      step.sides = pose.sides === 'each' ? 'each' : 'both';
    }
    step.pose = pose.id;
    step.variant = variant ? variant.id : '';
  }

  /** Swaps every step that a ticked condition changes for the version named for it; says what it changed. */
  function applyConditions() {
    var said = [];
    state.steps.forEach(function (step, i) {
      var r = resolve(step);
      if (!r.pose || r.variantMissing) return;
      var checked = checkedVersion(r.pose, r.variant);
      if (!checked.swapped.length) return;
      setVersion(step, checked.pose, checked.variant);
      said.push('Step ' + (i + 1) + ' is now ' + versionName(checked.pose, checked.variant) + ', the version for ' + tagTitle(checked.swapped[0].tag).toLowerCase() + '.');
    });
    return said.join(' ');
  }

  function renderConditions() {
    Array.prototype.forEach.call(ui.conditions, function (box) { box.checked = ticked(box.value); });
  }

  function onCondition() {
    state.conditions = Array.prototype.filter.call(ui.conditions, function (box) { return box.checked; }).map(function (box) { return box.value; });
    var said = applyConditions();
    renderSteps();
    changed();
    var avoided = state.steps.filter(function (s) { var r = resolve(s); return r.pose && checkedVersion(r.pose, r.variant).avoid; }).length;
    announce((said ? said + ' ' : '') + (avoided ? avoided + (avoided === 1 ? ' step is' : ' steps are') + ' to be left out for the ticked conditions: see the notice on ' + (avoided === 1 ? 'it.' : 'each.') : ''));
  }

  /** The pose and version a step names; an id that is gone gives null and a notice. */
  function resolve(step) {
    var pose = Object.prototype.hasOwnProperty.call(poseById, step.pose) ? poseById[step.pose] : null;
    var variant = pose && step.variant && Object.prototype.hasOwnProperty.call(pose.variantById, step.variant) ? pose.variantById[step.variant] : null;
    return { pose: pose, variant: variant, variantMissing: !!(pose && step.variant && !variant) };
  }

  // Links made before a pose or version was renamed still work: store the current ids from now on.
  function canonical(step) {
    var r = resolve(step);
    if (r.pose) step.pose = r.pose.id;
    if (r.variant) step.variant = r.variant.id;
    return step;
  }

  // ---- wording ----

  function parseHold(text) {
    var m = HOLD.exec(String(text).trim());
    if (!m) return null;
    var low = Number(m[1]), high = m[2] ? Number(m[2]) : low;
    if (low <= 0 || high < low || high > 3600) return null;
    var u = m[3].charAt(0).toLowerCase();
    var word = u === 'b' ? 'breath' : u === 'm' ? 'minute' : 'second';
    var plural = m[2] || low !== 1 ? 's' : '';
    return { seconds: high * (u === 'b' ? 5 : u === 'm' ? 60 : 1), breaths: u === 'b' ? high : 0, label: (m[2] ? low + '–' + high : String(low)) + ' ' + word + plural };
  }

  function parseReps(text) {
    var m = REPS.exec(String(text).trim());
    if (!m) return null;
    var low = Number(m[1]), high = m[2] ? Number(m[2]) : low;
    if (low <= 0 || high < low || high > 500) return null;
    return { max: high, label: (m[2] ? low + '–' + high : String(low)) + (!m[2] && low === 1 ? ' time' : ' times') };
  }

  function doseParts(step) {
    var parts = [];
    var hold = step.hold.trim() && parseHold(step.hold);
    var reps = step.reps.trim() && parseReps(step.reps);
    if (step.hold.trim()) parts.push('Hold ' + (hold ? hold.label : step.hold.trim()));
    if (step.reps.trim()) parts.push('Repeat ' + (reps ? reps.label : step.reps.trim()));
    parts.push(step.sides === 'each' ? 'Each side' : 'Both sides together');
    if (step.sets > 1) {
      var rest = step.rest.trim() && parseHold(step.rest);
      parts.push(step.sets + ' sets' + (step.rest.trim() ? ', rest ' + (rest ? rest.label : step.rest.trim()) + ' between' : ''));
    }
    if (step.days) parts.push(step.days === 7 ? 'Every day' : step.days + (step.days === 1 ? ' day a week' : ' days a week'));
    return parts;
  }

  // As for routines (CONTRIBUTING.md, "Hold and reps"), times the sets.
  function stepSeconds(step) {
    var hold = step.hold.trim() ? parseHold(step.hold) : null;
    var reps = step.reps.trim() ? parseReps(step.reps) : null;
    var one = hold && reps ? hold.seconds * reps.max : hold ? hold.seconds : reps ? reps.max * 4 : 0;
    var rest = step.sets > 1 && step.rest.trim() ? parseHold(step.rest) : null;
    return one * (step.sides === 'each' ? 2 : 1) * step.sets + (rest ? rest.seconds * (step.sets - 1) : 0);
  }

  function positionLabel(key) { return guide.positions[key] || key; }

  // ---- state ----

  var counter = 0;
  function uid() { return 's' + (++counter); }
  var NOT_SET = { times: 0, days: 0 };
  var state = { title: '', clinic: '', note: '', conditions: [], often: NOT_SET, steps: [] };
  var written = null; // the fragment this page last wrote, so its own changes are not read back as a new link
  var editing = false;
  var undoState = null;
  var offered = null; // the safer version offered for a pose that cannot be added

  function copyState(s) {
    return { title: s.title, clinic: s.clinic, note: s.note, conditions: s.conditions.slice(), often: Object.assign({}, s.often), steps: s.steps.map(function (x) { return Object.assign({}, x); }) };
  }

  function isEmpty() { return !state.steps.length && !state.title.trim() && !state.clinic.trim() && !state.note.trim(); }

  function stepFor(pose) {
    return { uid: uid(), pose: pose.id, variant: '', hold: pose.hold || '', reps: pose.reps || '', sides: pose.sides === 'each' ? 'each' : 'both', sets: 1, rest: '', days: 0, note: '' };
  }

  function load(h) {
    state = { title: h.title, clinic: h.clinic, note: h.note, conditions: (h.conditions || []).slice(), often: Object.assign({}, h.often || NOT_SET), steps: h.steps.map(canonical) };
    renderConditions();
    ui.times.value = String(state.often.times);
    ui.days.value = String(state.often.days);
    ui.title.value = state.title;
    ui.clinic.value = state.clinic;
    ui.note.value = state.note;
    renderSteps();
    renderSheet();
    updateLink();
  }

  // Every edit: new address (replacing, not adding, a history entry), preview, link box, draft.
  function changed() {
    var fragment = isEmpty() ? '' : encode(state);
    written = fragment;
    history.replaceState(null, '', location.pathname + location.search + (fragment ? '#' + fragment : ''));
    showMessage(null);
    renderSheet();
    updateLink();
    if (ui.draft.checked) saveDraft(fragment);
  }

  function updateLink() {
    ui.link.value = isEmpty() ? '' : location.href;
    ui.longLink.hidden = location.href.length <= LONG_LINK || isEmpty();
  }

  function announce(text, undoable, offer) {
    ui.status.textContent = text;
    offered = offer || null;
    ui.offer.hidden = !offer;
    ui.offer.textContent = offer ? 'Add ' + versionName(offer.pose, offer.variant) + ' instead' : '';
    undoState = undoable || null;
    ui.undo.hidden = !undoable;
  }

  // ---- the builder's steps ----

  function stepItem(step, index) {
    var r = resolve(step);
    var n = index + 1, count = state.steps.length;
    var name = r.pose ? r.pose.title : 'Pose no longer in the guide';
    function fid(f) { return 'hb-' + step.uid + '-' + f; }
    function field(label, f, control, hint, wide) {
      return el('p', { 'class': 'field' + (wide ? ' field-wide' : '') }, [el('label', { 'for': fid(f), text: label }), control,
        hint ? el('span', { 'class': 'field-hint', id: fid(f) + '-hint', text: hint }) : null]);
    }
    function select(f, current, options, describedBy) {
      return el('select', { id: fid(f), 'data-field': f, 'aria-describedby': describedBy || null }, options.map(function (o) {
        return el('option', { value: o[0], selected: String(o[0]) === String(current), disabled: !!o[2], text: o[1] });
      }));
    }
    function text(f, value, max, placeholder, hint) {
      return el('input', { id: fid(f), 'data-field': f, type: 'text', value: value, maxlength: max, placeholder: placeholder || null,
        autocomplete: 'off', 'aria-describedby': hint ? fid(f) + '-hint' : null });
    }

    var children = [];
    children.push(el('div', { 'class': 'hb-step-head' }, [
      el('span', { 'class': 'hb-grip', 'aria-hidden': 'true', title: 'Drag to move this step' }),
      el('h3', { 'class': 'hb-step-title', id: fid('title') }, [el('span', { 'class': 'hb-step-num', text: 'Step ' + n + ' of ' + count }), ' ' + name])
    ]));
    if (!r.pose) {
      children.push(el('p', { 'class': 'hb-notice', text: 'This step names the pose “' + step.pose + '”, which is no longer in the guide. Remove it, or add another pose in its place. Its place in the link is kept until you do.' }));
    } else {
      if (r.variantMissing) {
        children.push(el('p', { 'class': 'hb-notice', text: 'The version “' + step.variant + '” of ' + r.pose.title + ' is no longer in the guide, so the main pose is printed. Choose a version below.' }));
      }
      var checked = r.variantMissing ? null : checkedVersion(r.pose, r.variant);
      if (checked && checked.avoid) {
        var safer = saferOf(checked.avoid);
        children.push(el('div', { 'class': 'hb-notice', 'data-avoid': checked.avoid.tag }, [
          el('p', { text: 'To be left out for ' + tagTitle(checked.avoid.tag).toLowerCase() + ', which is ticked for this patient. ' +
            (safer ? 'A safer choice: ' + versionName(safer.pose, safer.variant) + '.' : 'Remove this step, or choose a version that suits.') }),
          safer ? el('button', { type: 'button', 'class': 'button button-quiet', id: fid('safer'), 'data-action': 'safer' }, ['Use ' + versionName(safer.pose, safer.variant) + ' instead']) : null
        ]));
      }
      function notFor(v) {
        var c = conflicts(r.pose, v);
        return c.length ? ' – not for ' + c.map(function (p) { return tagTitle(p.tag).toLowerCase(); }).join(', ') : '';
      }
      var versions = [['', r.pose.title + ' (main pose, ' + r.pose.intensity + ')' + notFor(null), !!notFor(null) && !!r.variant]];
      if (r.variantMissing) versions.push([step.variant, '“' + step.variant + '” (no longer in the guide)']);
      r.pose.variants.forEach(function (v) {
        versions.push([v.id, v.name + ' (' + v.intensity + ', ' + positionLabel(v.position).toLowerCase() + ')' + notFor(v), !!notFor(v) && v !== r.variant]);
      });
      children.push(el('div', { 'class': 'hb-fields' }, [
        field('Version', 'variant', select('variant', r.variant ? r.variant.id : step.variant, versions), null, true),
        field('Hold', 'hold', text('hold', step.hold, 20, r.pose.hold || '', true), HINTS.hold[0]),
        field('Repeat', 'reps', text('reps', step.reps, 20, r.pose.reps || '', true), HINTS.reps[0]),
        field('Sides', 'sides', select('sides', step.sides, [['each', 'Each side'], ['both', 'Both together']])),
        field('Sets', 'sets', select('sets', step.sets, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].concat(step.sets > 10 ? [step.sets] : [])
          .map(function (k) { return [k, k + (k === 1 ? ' set' : ' sets')]; }))),
        field('Rest between sets', 'rest', text('rest', step.rest, 20, '', true), HINTS.rest[0]),
        field('Days a week', 'days', select('days', step.days, [[0, 'Not set']].concat([1, 2, 3, 4, 5, 6, 7].map(function (k) {
          return [k, k === 7 ? '7 (every day)' : String(k)];
        })))),
        field('Note for this step', 'note', text('note', step.note, 140, '', false), null, true)
      ]));
    }
    var hidden = el('span', { 'class': 'visually-hidden', text: ': ' + name });
    children.push(el('div', { 'class': 'hb-step-actions' }, [
      el('button', { type: 'button', 'class': 'button button-quiet', id: fid('up'), 'data-action': 'up', disabled: index === 0 }, ['Move up', hidden.cloneNode(true)]),
      el('button', { type: 'button', 'class': 'button button-quiet', id: fid('down'), 'data-action': 'down', disabled: index === count - 1 }, ['Move down', hidden.cloneNode(true)]),
      el('button', { type: 'button', 'class': 'button button-quiet', id: fid('remove'), 'data-action': 'remove' }, ['Remove', hidden])
    ]));
    var li = el('li', { 'class': 'hb-step' + (r.pose ? '' : ' is-missing'), 'data-uid': step.uid, 'aria-labelledby': fid('title') }, children);
    markInvalid(li, step);
    return li;
  }

  function markInvalid(li, step) {
    [['hold', parseHold], ['reps', parseReps], ['rest', parseHold]].forEach(function (f) {
      var input = li.querySelector('[data-field="' + f[0] + '"]');
      if (!input) return;
      var bad = step[f[0]].trim() !== '' && !f[1](step[f[0]]);
      if (bad) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
      var hint = li.querySelector('#' + input.id + '-hint');
      if (hint) {
        hint.classList.toggle('is-error', bad);
        hint.textContent = HINTS[f[0]][bad ? 1 : 0];
      }
    });
  }

  function renderSteps(focusId) {
    ui.steps.replaceChildren.apply(ui.steps, state.steps.map(stepItem));
    ui.empty.hidden = state.steps.length > 0;
    if (focusId) {
      var target = $(focusId);
      if (target) target.focus();
    }
  }

  function indexOf(uidValue) {
    for (var i = 0; i < state.steps.length; i++) if (state.steps[i].uid === uidValue) return i;
    return -1;
  }

  function titleOf(step) { var r = resolve(step); return r.pose ? r.pose.title : 'the missing pose'; }

  function onField(e) {
    var f = e.target.getAttribute('data-field');
    var li = e.target.closest('li[data-uid]');
    if (!f || !li) return;
    var step = state.steps[indexOf(li.getAttribute('data-uid'))];
    var value = e.target.value;
    if (f === 'sets') step.sets = Number(value) || 1;
    else if (f === 'days') step.days = Number(value) || 0;
    else if (f === 'sides') step.sides = value === 'each' ? 'each' : 'both';
    else step[f] = value;
    if (f === 'hold' || f === 'reps' || f === 'rest') markInvalid(li, step);
    changed();
  }
  ui.steps.addEventListener('input', onField);
  ui.steps.addEventListener('change', onField);

  ui.steps.addEventListener('click', function (e) {
    var button = e.target.closest('button[data-action]');
    if (!button) return;
    var i = indexOf(button.closest('li[data-uid]').getAttribute('data-uid'));
    var step = state.steps[i];
    var action = button.getAttribute('data-action');
    if (action === 'safer') {
      var r = resolve(step), checked = checkedVersion(r.pose, r.variant), safer = checked.avoid && saferOf(checked.avoid);
      if (!safer) return;
      var again = checkedVersion(safer.pose, safer.variant);
      if (again.avoid) { announce(versionName(safer.pose, safer.variant) + ' is also to be left out for ' + tagTitle(again.avoid.tag).toLowerCase() + '.'); return; }
      setVersion(step, again.pose, again.variant);
      renderSteps('hb-' + step.uid + '-variant');
      changed();
      announce('Step ' + (i + 1) + ' is now ' + versionName(again.pose, again.variant) + '.');
      return;
    }
    if (action === 'remove') {
      var before = copyState(state);
      state.steps.splice(i, 1);
      var next = state.steps[i] || state.steps[i - 1];
      renderSteps(next ? 'hb-' + next.uid + '-remove' : 'hb-search');
      changed();
      announce('Removed step ' + (i + 1) + ', ' + titleOf(step) + '.', before);
      return;
    }
    var j = action === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= state.steps.length) return;
    state.steps.splice(i, 1);
    state.steps.splice(j, 0, step);
    // Keep focus on the same button, or on the other one once the step reaches the top or the bottom.
    var same = 'hb-' + step.uid + '-' + action;
    var other = 'hb-' + step.uid + '-' + (action === 'up' ? 'down' : 'up');
    var atEnd = action === 'up' ? j === 0 : j === state.steps.length - 1;
    renderSteps(atEnd ? other : same);
    changed();
    announce(titleOf(step) + ' is now step ' + (j + 1) + ' of ' + state.steps.length + '.');
  });

  // Dragging a step by its handle: mouse, pen or finger (pointer events). The keyboard uses the Move buttons.
  var drag = null;
  ui.steps.addEventListener('pointerdown', function (e) {
    var grip = e.target.closest('.hb-grip');
    if (!grip || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    var li = grip.closest('li[data-uid]');
    drag = { li: li, pointer: e.pointerId, from: indexOf(li.getAttribute('data-uid')) };
    li.classList.add('is-dragging');
    document.body.classList.add('is-dragging-step');
  });
  function middle(node) { var box = node.getBoundingClientRect(); return box.top + box.height / 2; }
  document.addEventListener('pointermove', function (e) {
    if (!drag || e.pointerId !== drag.pointer) return;
    e.preventDefault();
    var li = drag.li, y = e.clientY, moved = true;
    // Move the neighbours rather than the dragged item, so the item never leaves the document mid-drag.
    while (moved) {
      moved = false;
      var prev = li.previousElementSibling, next = li.nextElementSibling;
      if (prev && y < middle(prev)) { ui.steps.insertBefore(prev, li.nextSibling); moved = true; }
      else if (next && y > middle(next)) { ui.steps.insertBefore(next, li); moved = true; }
    }
    if (y < 48) window.scrollBy(0, -12);
    else if (y > window.innerHeight - 48) window.scrollBy(0, 12);
  });
  function endDrag(e) {
    if (!drag || e.pointerId !== drag.pointer) return;
    var li = drag.li, from = drag.from;
    drag = null;
    li.classList.remove('is-dragging');
    document.body.classList.remove('is-dragging-step');
    var order = Array.prototype.map.call(ui.steps.children, function (c) { return c.getAttribute('data-uid'); });
    var to = order.indexOf(li.getAttribute('data-uid'));
    state.steps = order.map(function (u) { return state.steps[indexOf(u)]; });
    renderSteps();
    if (to === from) return;
    changed();
    announce(titleOf(state.steps[to]) + ' is now step ' + (to + 1) + ' of ' + state.steps.length + '.');
  }
  document.addEventListener('pointerup', endDrag);
  document.addEventListener('pointercancel', endDrag);

  /** Adds a pose, or a version of it, checked against the ticked conditions: modify adds the named version, avoid adds nothing and offers the safer one. */
  function addPose(pose, variant) {
    if (state.steps.length >= MAX_STEPS) {
      announce('A handout holds up to ' + MAX_STEPS + ' steps. Remove one to add another.');
      return;
    }
    var checked = checkedVersion(pose, variant || null);
    if (checked.avoid) {
      var safer = saferOf(checked.avoid);
      announce(versionName(checked.pose, checked.variant) + ' is to be left out for ' + tagTitle(checked.avoid.tag).toLowerCase() +
        ', which is ticked for this patient, so it was not added.' + (safer ? ' A safer choice is ' + versionName(safer.pose, safer.variant) + '.' : ''), null, safer);
      return;
    }
    var step = stepFor(checked.pose);
    step.variant = checked.variant ? checked.variant.id : '';
    state.steps.push(step);
    renderSteps();
    changed();
    announce(versionName(checked.pose, checked.variant) + ' added as step ' + state.steps.length +
      (checked.swapped.length ? ', the version for ' + tagTitle(checked.swapped[0].tag).toLowerCase() + '.' : '.'));
  }

  ui.offer.addEventListener('click', function () {
    var offer = offered;
    if (!offer) return;
    addPose(offer.pose, offer.variant);
    ui.search.focus();
  });
  Array.prototype.forEach.call(ui.conditions, function (box) { box.addEventListener('change', onCondition); });

  // ---- the pose search (combobox with a listbox) ----

  function normal(text) {
    return String(text).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  }

  function search(query) {
    var q = normal(query);
    var words = q ? q.split(' ') : [];
    var found = [];
    guide.poses.forEach(function (p) {
      var best = null;
      p.names.forEach(function (name, i) {
        var score = !q ? 5
          : name === q ? 0
          : name.indexOf(q) === 0 ? 1
          : words.every(function (w) { return (' ' + name).indexOf(' ' + w) >= 0; }) ? 2
          : name.indexOf(q) >= 0 ? 3 : null;
        if (score === null) return;
        score += i === 0 ? 0 : 0.5; // the title before an alias
        if (!best || score < best.score) best = { pose: p, score: score, alias: i === 0 ? null : [p.title].concat(p.aliases || [], p.sanskrit ? [p.sanskrit] : [])[i] };
      });
      if (best) found.push(best);
    });
    found.sort(function (a, b) { return a.score - b.score || a.pose.title.localeCompare(b.pose.title); });
    return found;
  }

  var matches = [];
  var active = -1;

  function openList(query) {
    matches = search(query);
    active = -1;
    ui.options.replaceChildren.apply(ui.options, matches.map(function (m, i) {
      return el('li', { role: 'option', id: 'hb-opt-' + m.pose.id, 'class': 'combo-option', 'data-index': i, 'aria-selected': 'false' }, [
        el('span', { 'class': 'combo-title', text: m.pose.title }), ' ',
        el('span', { 'class': 'combo-meta', text: positionLabel(m.pose.position) + ' · ' + m.pose.intensity +
          (conflicts(m.pose, null).length ? ' · not for ' + conflicts(m.pose, null).map(function (p) { return tagTitle(p.tag).toLowerCase(); }).join(', ') : '') }),
        m.alias ? el('span', { 'class': 'combo-alias', text: 'also called “' + m.alias + '”' }) : null
      ]);
    }));
    ui.options.hidden = matches.length === 0;
    ui.search.setAttribute('aria-expanded', String(matches.length > 0));
    ui.search.removeAttribute('aria-activedescendant');
    ui.count.textContent = matches.length === 0 ? 'No pose matches “' + query.trim() + '”.'
      : matches.length + (matches.length === 1 ? ' pose matches.' : ' poses match.');
  }

  function closeList() {
    ui.options.hidden = true;
    ui.search.setAttribute('aria-expanded', 'false');
    ui.search.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(i) {
    var items = ui.options.children;
    if (active >= 0 && items[active]) { items[active].setAttribute('aria-selected', 'false'); items[active].classList.remove('is-active'); }
    active = i;
    if (items[i]) {
      items[i].setAttribute('aria-selected', 'true');
      items[i].classList.add('is-active');
      ui.search.setAttribute('aria-activedescendant', items[i].id);
      items[i].scrollIntoView({ block: 'nearest' });
    }
  }

  function choose(i) {
    var m = matches[i];
    if (!m) return;
    ui.search.value = '';
    closeList();
    ui.count.textContent = '';
    addPose(m.pose);
    ui.search.focus();
  }

  ui.search.addEventListener('input', function () {
    if (ui.search.value.trim()) openList(ui.search.value); else { closeList(); ui.count.textContent = ''; }
  });
  ui.search.addEventListener('keydown', function (e) {
    var open = !ui.options.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) { openList(ui.search.value); if (!matches.length) return; }
      var n = matches.length;
      setActive(e.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (open && matches.length) choose(active >= 0 ? active : 0);
    } else if (e.key === 'Escape') {
      if (open) { e.preventDefault(); closeList(); } else if (ui.search.value) { e.preventDefault(); ui.search.value = ''; }
    } else if (e.key === 'Tab') {
      closeList();
    }
  });
  ui.search.addEventListener('blur', function () { closeList(); });
  ui.options.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep focus in the box
  ui.options.addEventListener('click', function (e) {
    var option = e.target.closest('[role="option"]');
    if (option) choose(Number(option.getAttribute('data-index')));
  });

  // ---- details, routines, sharing, draft ----

  [['title', ui.title], ['clinic', ui.clinic], ['note', ui.note]].forEach(function (pair) {
    pair[1].addEventListener('input', function () { state[pair[0]] = pair[1].value; changed(); });
  });

  [['times', ui.times], ['days', ui.days]].forEach(function (pair) {
    pair[1].addEventListener('change', function () {
      state.often = Object.assign({}, state.often);
      state.often[pair[0]] = Number(pair[1].value) || 0;
      changed();
    });
  });

  ui.builder.addEventListener('submit', function (e) { e.preventDefault(); });

  var routineTitle = null;
  ui.useRoutine.addEventListener('click', function () {
    var routine = null;
    guide.routines.forEach(function (r) { if (r.id === ui.routine.value) routine = r; });
    if (!routine) { announce('Choose a routine first.'); ui.routine.focus(); return; }
    var before = state.steps.length ? copyState(state) : null;
    state.steps = routine.steps.slice(0, MAX_STEPS).map(function (s) {
      return canonical({ uid: uid(), pose: s.pose, variant: s.variant || '', hold: s.hold || '', reps: s.reps || '',
        sides: s.sides === 'each' ? 'each' : 'both', sets: s.sets || 1, rest: s.rest || '', days: 0, note: s.note || '' });
    });
    // The routine's how often becomes the handout's; a step's own days a week is for a step that differs.
    state.often = { times: routine.timesADay || 0, days: routine.daysAWeek || 0 };
    ui.times.value = String(state.often.times);
    ui.days.value = String(state.often.days);
    if (!state.title.trim() || state.title === routineTitle) { state.title = routine.title; ui.title.value = routine.title; }
    routineTitle = routine.title;
    var said = applyConditions();
    renderSteps();
    changed();
    announce('The ' + state.steps.length + ' steps of ' + routine.title + ' are in place' + (before ? ', replacing the earlier steps.' : '.') + (said ? ' ' + said : ''), before);
  });

  ui.clear.addEventListener('click', function () {
    var before = isEmpty() ? null : copyState(state);
    load({ title: '', clinic: '', note: '', conditions: [], often: NOT_SET, steps: [] });
    routineTitle = null;
    changed();
    announce('The handout is empty again.', before);
    ui.title.focus();
  });

  ui.undo.addEventListener('click', function () {
    if (!undoState) return;
    var previous = undoState;
    load(previous);
    changed();
    announce('Undone.');
    ui.title.focus();
  });

  function saveDraft(fragment) {
    try {
      if (fragment) localStorage.setItem(DRAFT_KEY, fragment); else localStorage.removeItem(DRAFT_KEY);
    } catch (e) {
      announce('This browser does not allow keeping a draft. Keep the link instead.');
      ui.draft.checked = false;
    }
  }

  function readDraft() {
    try { return localStorage.getItem(DRAFT_KEY); } catch (e) { return null; }
  }

  ui.draft.addEventListener('change', function () {
    if (ui.draft.checked) {
      saveDraft(isEmpty() ? '' : encode(state));
      if (ui.draft.checked) announce('A draft is kept in this browser on this device until you untick the box.');
    } else {
      try { localStorage.removeItem(DRAFT_KEY); } catch (e) { /* nothing was kept */ }
      announce('The draft is deleted from this device.');
    }
  });

  function copyLink() {
    var url = location.href;
    function fallback() {
      setEditing(true);
      ui.link.focus();
      ui.link.select();
      announce('Press Ctrl+C (or Cmd+C) to copy the selected link.');
    }
    if (isEmpty()) { announce('Add a step first: an empty handout has no link.'); return; }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(function () { announce('The link is copied. Paste it into an email or a message.'); }, fallback);
    } else {
      fallback();
    }
  }
  ui.copy.addEventListener('click', copyLink);
  ui.link.addEventListener('focus', function () { ui.link.select(); });
  ui.print.addEventListener('click', function () { window.print(); });

  function setEditing(on) {
    editing = on;
    ui.builder.hidden = !on;
    ui.forYou.hidden = on || isEmpty();
    ui.edit.setAttribute('aria-expanded', String(on));
    ui.edit.textContent = on ? 'Hide the editor' : 'Edit this handout';
  }
  ui.edit.addEventListener('click', function () {
    setEditing(!editing);
    if (editing) ui.title.focus();
  });

  // ---- the printed sheet ----

  /** How often in words, as a routine's sheet says it: "Twice a day, 5 days a week"; '' when neither is set. */
  function oftenWords(often) {
    var times = ['', 'Once a day', 'Twice a day', '3 times a day'][often.times] || '';
    var days = often.days === 7 ? 'every day' : often.days === 1 ? '1 day a week' : often.days ? often.days + ' days a week' : '';
    if (!times) return days ? days.charAt(0).toUpperCase() + days.slice(1) : '';
    return days ? times + ', ' + days : times;
  }

  function renderSheet() {
    var steps = state.steps;
    ui.preview.hidden = isEmpty();
    ui.toolbar.hidden = isEmpty(); // nothing to print, copy or hide yet
    ui.sheet.classList.toggle('sheet-long', steps.length > 8);
    ui.sheetTitle.textContent = state.title.trim() || 'Your home routine';
    ui.sheetClinic.hidden = !state.clinic.trim();
    ui.sheetClinic.textContent = state.clinic.trim() ? 'From ' + state.clinic.trim() : '';
    var seconds = steps.reduce(function (sum, s) { return sum + (resolve(s).pose ? stepSeconds(s) : 0); }, 0) + 10 * Math.max(0, steps.length - 1);
    var meta = [];
    if (seconds > 0) meta.push('About ' + Math.ceil(seconds / 60) + ' minutes');
    meta.push(steps.length + (steps.length === 1 ? ' step' : ' steps'));
    ui.sheetMeta.replaceChildren(el('strong', { text: meta[0] }), meta.length > 1 ? ' · ' + meta.slice(1).join(' · ') : '');
    ui.sheetSteps.replaceChildren.apply(ui.sheetSteps, steps.map(function (step, i) {
      var r = resolve(step);
      var num = el('span', { 'class': 'sheet-num', text: String(i + 1) });
      if (!r.pose) {
        return el('li', { 'class': 'is-missing' }, [
          el('p', { 'class': 'sheet-pose' }, [num, el('span', { 'class': 'sheet-name' }, [el('strong', { text: 'Pose no longer in the guide' })])]),
          el('p', { 'class': 'sheet-notice', text: 'This step named the pose “' + step.pose + '”, which is no longer in the guide. Ask your clinician what to do instead.' })
        ]);
      }
      // The version's own picture, as on a routine's sheet: none rather than a picture of another version.
      var figure = r.variant ? r.variant.figure : r.pose.figure;
      return el('li', null, [
        figure ? el('div', { 'class': 'sheet-figure' }, [el('img', { 'class': 'figure-svg', src: figure.url, alt: figure.alt })]) : null,
        el('p', { 'class': 'sheet-pose' }, [num,
          el('span', { 'class': 'sheet-name' }, [el('a', { href: r.pose.url + (r.variant ? '#' + r.variant.id : ''), 'class': 'sheet-link' }, [el('strong', { text: r.pose.title })]),
            r.variant ? el('span', { 'class': 'sheet-variant', text: ' (' + r.variant.name + ')' }) : null]),
          el('span', { 'class': 'sheet-dose', text: doseParts(step).join(' · ') })]),
        r.variantMissing ? el('p', { 'class': 'sheet-notice', text: 'The version “' + step.variant + '” is no longer in the guide, so this is the main pose.' }) : null,
        el('p', null, [el('b', { text: 'Cue:' }), ' ' + (r.variant ? r.variant.cue : r.pose.cue)]),
        step.note.trim() ? el('p', null, [el('b', { text: 'Note:' }), ' ' + step.note.trim()]) : null,
        el('div', { 'class': 'sheet-caution' }, [el('b', { text: 'Take care:' }), ' ',
          el('ul', null, r.pose.cautions.map(function (c) { return el('li', { text: c }); }).concat(
            precautionsOf(r.pose, r.variant).filter(function (p) { return p.line; }).map(function (p) {
              return el('li', { 'class': ticked(p.tag) ? 'is-checked' : null, 'data-tag': p.tag, text: p.line });
            })))])
      ]);
    }));
    // As on a routine's sheet (RoutineView.IsVeryLong): many warnings make the type smaller again, never fewer warnings.
    // The line is lower than a routine's 80: every handout step may also carry the clinician's note.
    ui.sheet.classList.toggle('sheet-very-long', ui.sheetSteps.querySelectorAll('.sheet-caution li').length > VERY_LONG_SHEET_LINES);
    ui.sheetOften.textContent = oftenWords(state.often) || ui.sheetOften.getAttribute('data-unset');
    ui.sheetChecked.hidden = !state.conditions.length;
    ui.sheetChecked.replaceChildren(el('strong', { text: 'Checked for:' }), ' ' + state.conditions.map(tagTitle).join('; ') + '.');
    ui.sheetNote.hidden = !state.note.trim();
    ui.sheetNote.textContent = state.note.trim();
    if (!isEmpty()) renderQr();
  }

  // ---- the player: the handout one step at a time (player.js), from the same link ----

  var player = $('player');
  var playButton = $('handout-play');

  /** The steps as the routine player's page has them: one section each, with the dose as numbers for the timer. */
  function playSections() {
    return state.steps.filter(function (step) { return resolve(step).pose; }).map(function (step, i, steps) {
      var r = resolve(step);
      var hold = step.hold.trim() ? parseHold(step.hold) : null;
      var reps = step.reps.trim() ? parseReps(step.reps) : null;
      return el('section', {
        'class': 'play-step', id: 'step-' + (i + 1), 'aria-labelledby': 'step-' + (i + 1) + '-h', 'data-sides': step.sides,
        'data-hold-seconds': hold ? hold.seconds : 0, 'data-hold-breaths': hold ? hold.breaths : 0, 'data-reps': reps ? reps.max : 0, 'data-sets': step.sets
      }, [
        el('h3', { 'class': 'play-step-title', id: 'step-' + (i + 1) + '-h' }, [
          el('span', { 'class': 'play-step-num', text: 'Step ' + (i + 1) + ' of ' + steps.length }), ' ', el('span', { 'class': 'play-pose', text: r.pose.title })]),
        r.variant ? el('p', { 'class': 'play-variant', text: r.variant.name }) : null,
        el('p', { 'class': 'play-dose', text: doseParts(step).join(' · ') }),
        el('p', { 'class': 'play-cue', text: r.variant ? r.variant.cue : r.pose.cue }),
        step.note.trim() ? el('p', { 'class': 'play-note' }, [el('strong', { text: 'Note:' }), ' ' + step.note.trim()]) : null,
        el('div', { 'class': 'play-cautions' }, [el('p', { 'class': 'play-cautions-h' }, [el('strong', { text: 'Take care' })]),
          el('ul', null, r.pose.cautions.map(function (c) { return el('li', { text: c }); }))]),
        el('p', { 'class': 'play-how' }, [el('a', { href: r.pose.url + (r.variant ? '#' + r.variant.id : ''), text: 'How to do ' + r.pose.title + ', step by step' })])
      ]);
    });
  }

  if (player && playButton) {
    playButton.addEventListener('click', function () {
      var sections = playSections();
      if (!sections.length) return;
      $('play-steps').replaceChildren.apply($('play-steps'), sections);
      $('player-title').textContent = state.title.trim() || 'Your home routine';
      root.hidden = true;
      player.hidden = false;
      player.dispatchEvent(new CustomEvent('hipmobility:play'));
    });
  }

  // ---- the QR code of the handout's own address (qrcode-generator, served as the asset qrcode.js) ----

  // Level M at least (15% of the code may be damaged): these codes are printed, folded and stuck on fridges.
  var QR_LEVELS = ['M', 'Q', 'H'];

  /**
   * The smallest code that holds the text at level M, with the strongest error correction that still fits that
   * version: a stronger level for free. Throws when the text is too long for any QR code.
   */
  function qrEncode(text) {
    // The library's default keeps only the low byte of each character; the address is UTF-8, as scanners expect.
    window.qrcode.stringToBytes = window.qrcode.stringToBytesFuncs['UTF-8'];
    var best = window.qrcode(0, QR_LEVELS[0]);
    best.addData(text, 'Byte');
    best.make();
    var version = (best.getModuleCount() - 17) / 4;
    for (var i = 1; i < QR_LEVELS.length; i++) {
      var stronger = window.qrcode(version, QR_LEVELS[i]);
      stronger.addData(text, 'Byte');
      try { stronger.make(); } catch (e) { break; } // does not fit this version at this level
      best = stronger;
    }
    return { version: version, code: best };
  }

  /** An <svg class="qr"> with a four-module quiet zone: one path of horizontal runs, crisp edges. */
  function qrSvg(text, label) {
    var encoded = qrEncode(text), code = encoded.code, size = code.getModuleCount();
    var quiet = 4, n = size + quiet * 2, d = [];
    for (var y = 0; y < size; y++) {
      for (var x = 0; x < size; x++) {
        if (!code.isDark(y, x)) continue;
        var start = x;
        while (x + 1 < size && code.isDark(y, x + 1)) x++;
        d.push('M' + (start + quiet) + ' ' + (y + quiet) + 'h' + (x - start + 1) + 'v1h-' + (x - start + 1) + 'z');
      }
    }
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('class', 'qr');
    svg.setAttribute('viewBox', '0 0 ' + n + ' ' + n);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    svg.setAttribute('shape-rendering', 'crispEdges');
    svg.setAttribute('data-qr-version', String(encoded.version));
    var background = document.createElementNS(ns, 'rect');
    background.setAttribute('width', String(n));
    background.setAttribute('height', String(n));
    background.setAttribute('fill', '#fff');
    var modules = document.createElementNS(ns, 'path');
    modules.setAttribute('d', d.join(''));
    modules.setAttribute('fill', '#000');
    svg.appendChild(background);
    svg.appendChild(modules);
    return svg;
  }

  function renderQr() {
    var old = ui.qr.querySelector('svg, .qr-missing');
    var fresh;
    try {
      fresh = qrSvg(location.href, 'QR code of this handout’s link');
    } catch (e) {
      fresh = el('p', { 'class': 'qr-missing', text: 'This handout is too long for a QR code. Shorter notes will bring it back.' });
    }
    if (old) ui.qr.replaceChild(fresh, old); else ui.qr.insertBefore(fresh, ui.qr.firstChild);
    // A dense code is printed larger, so a phone can still read it.
    var version = Number(fresh.getAttribute('data-qr-version')) || 0;
    ui.qr.classList.toggle('qr-dense', version > 12 && version <= 22);
    ui.qr.classList.toggle('qr-denser', version > 22);
  }

  // ---- start ----

  function start() {
    var fragment = location.hash.slice(1);
    showMessage(null);
    announce('');
    if (isHandout(fragment)) {
      written = fragment;
      try {
        load(decode(fragment));
        setEditing(isEmpty());
      } catch (e) {
        if (!(e instanceof LinkError)) throw e;
        load({ title: '', clinic: '', note: '', steps: [] });
        showMessage(e.kind);
        setEditing(true);
      }
      return;
    }
    var draft = readDraft();
    if (draft) {
      try {
        load(decode(draft));
        ui.draft.checked = true;
        changed();
        announce('Your draft from this device is back. Untick “Keep a draft on this device” to delete it.');
      } catch (e) {
        load({ title: '', clinic: '', note: '', steps: [] });
      }
    } else {
      load({ title: '', clinic: '', note: '', steps: [] });
    }
    setEditing(true);
  }

  window.addEventListener('hashchange', function () {
    var fragment = location.hash.slice(1);
    if (!guide || fragment === written) return;
    // Another handout link pasted into this tab's address bar.
    if (isHandout(fragment) || fragment === '') { start(); return; }
    // An in-page anchor such as the skip link: the browser has moved there; keep the handout in the address.
    if (written) history.replaceState(null, '', location.pathname + location.search + '#' + written);
  });

  ui.loading.hidden = false;
  fetch(root.getAttribute('data-guide'), { credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    })
    .then(function (data) {
      indexGuide(data);
      return true;
    }, function () {
      showMessage('data');
      return false;
    })
    .then(function (ok) {
      ui.loading.hidden = true;
      if (!ok) return;
      start();
      root.setAttribute('data-ready', 'true');
    });
}());
