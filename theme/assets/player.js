// The routine player (/routines/<id>/play/): turns the page's list of steps into one step at a time, for a phone on
// the floor. The page is complete without this file: every step, its dose, cue and cautions are in the HTML.
// A hold never starts by itself: each one waits for a tap on "Start", with the step's cautions on screen.
// Nothing is sent anywhere. The only thing kept is the day a routine was finished, in this browser's localStorage
// ("hipmobility-log"), which the end screen shows and can forget.
(function () {
  'use strict';
  var root = document.getElementById('player');
  if (!root || !document.querySelector || !window.JSON) return;
  // The handout's player has no steps until handout.js has read the link: it fills them in, then asks to play.
  if (root.hasAttribute('data-deferred')) root.addEventListener('hipmobility:play', init, { once: true });
  else init();

  function init() {

  var LOG_KEY = 'hipmobility-log';
  var SECONDS_PER_BREATH = 5; // as Dose.cs counts a calm breath, in and out
  var TICK_MS = 200;

  function $(id) { return document.getElementById(id); }
  var ui = {
    intro: root.querySelector('.player-intro'), options: $('player-options'),
    panel: $('player-ui'), side: $('player-side'), timer: $('player-timer'), breath: $('player-breath'), breathText: $('player-breath-text'),
    action: $('player-action'), back: $('player-back'), pause: $('player-pause'), skip: $('player-skip'), restart: $('player-restart'),
    sound: $('player-sound'), vibrate: $('player-vibrate'), live: $('player-live'), end: $('play-end'), endHeading: $('play-end-h'),
    log: $('play-log'), again: $('player-again'), forget: $('player-forget'), logStatus: $('play-log-status')
  };
  var routineId = root.getAttribute('data-routine');
  var sections = Array.prototype.slice.call(root.querySelectorAll('.play-step'));
  if (!sections.length) return;

  function number(section, name) { return parseInt(section.getAttribute(name), 10) || 0; }
  function text(node) { return node ? node.textContent.replace(/\s+/g, ' ').trim() : ''; }

  // One pass per side: a step done on each side is two passes, right then left.
  var steps = sections.map(function (section, index) {
    return {
      index: index, section: section, title: text(section.querySelector('.play-pose')),
      each: section.getAttribute('data-sides') === 'each',
      holdSeconds: number(section, 'data-hold-seconds'), breaths: number(section, 'data-hold-breaths'), reps: number(section, 'data-reps'),
      sets: Math.max(1, number(section, 'data-sets'))
    };
  });
  var passes = [];
  steps.forEach(function (step) {
    for (var set = 1; set <= step.sets; set++) {
      if (step.each) { passes.push({ step: step, side: 'right', set: set }); passes.push({ step: step, side: 'left', set: set }); }
      else passes.push({ step: step, side: null, set: set });
    }
  });

  // ---- state ----
  // phase: 'ready' (cautions on screen, waiting for a tap), 'hold' (counting down), 'reps' (waiting for "Done"), 'end'
  // rep: which repetition of a step that holds each one (reps and a hold: each repetition is timed in turn)
  var state = { pass: 0, phase: 'ready', paused: false, remainingMs: 0, lastTick: 0, timer: null, playing: false, rep: 1 };

  function isTimed(pass) { return pass.step.holdSeconds > 0; }
  function setWords(pass) { return pass.step.sets > 1 ? 'Set ' + pass.set + ' of ' + pass.step.sets : ''; }
  function repWords(pass) { return isTimed(pass) && pass.step.reps > 1 ? 'Rep ' + state.rep + ' of ' + pass.step.reps : ''; }

  function sideLabel(pass) {
    if (!pass.side) return '';
    return pass.side === 'right' ? 'Right side' : 'Now the left side';
  }

  function clock(ms) {
    var total = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(total / 60), s = total % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function announce(message) {
    // Cleared first, so the same words twice are still read.
    ui.live.textContent = '';
    window.setTimeout(function () { ui.live.textContent = message; }, 50);
  }

  function focusIfInside(target) {
    var active = document.activeElement;
    if (!active || active === document.body || root.contains(active)) {
      if (target && !target.hidden && !target.disabled) target.focus();
    }
  }

  // ---- the screen stays on while the player is open (where the browser can) ----
  var wakeLock = null;
  function keepAwake() {
    if (!('wakeLock' in navigator) || wakeLock || !state.playing || document.visibilityState !== 'visible') return;
    navigator.wakeLock.request('screen').then(function (lock) {
      wakeLock = lock;
      lock.addEventListener('release', function () { wakeLock = null; });
    }, function () { /* refused (battery saver, not visible): the player works without it */ });
  }
  function letSleep() {
    if (wakeLock) { wakeLock.release(); wakeLock = null; }
  }
  document.addEventListener('visibilitychange', keepAwake);

  // ---- sound and vibration, both off unless ticked ----
  var audio = null;
  function signal() {
    if (ui.vibrate.checked && navigator.vibrate) navigator.vibrate([180, 120, 180]);
    if (!ui.sound.checked) return;
    var Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    try {
      audio = audio || new Context();
      var osc = audio.createOscillator(), gain = audio.createGain(), now = audio.currentTime;
      osc.type = 'sine';
      osc.frequency.value = 660;
      gain.gain.setValueAtTime(0.0001, now);
      gain.gain.exponentialRampToValueAtTime(0.25, now + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.6);
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start(now);
      osc.stop(now + 0.65);
    } catch (e) { /* no sound available: the screen and the announcement still say it */ }
  }
  function drawOptions() {
    var on = [ui.sound.checked ? 'sound' : '', ui.vibrate.checked ? 'vibration' : ''].filter(Boolean);
    $('player-options-summary').textContent = 'Sound and vibration: ' + (on.length ? on.join(' and ') + ' on' : 'off');
  }
  ui.vibrate.addEventListener('change', drawOptions);
  ui.sound.addEventListener('change', drawOptions);
  // Browsers allow sound only after a tap: ticking the box is one.
  ui.sound.addEventListener('change', function () {
    var Context = window.AudioContext || window.webkitAudioContext;
    if (ui.sound.checked && Context && !audio) { try { audio = new Context(); } catch (e) { audio = null; } }
  });

  // ---- the timer ----
  function stopTimer() {
    if (state.timer !== null) { window.clearInterval(state.timer); state.timer = null; }
  }
  function runTimer() {
    stopTimer();
    state.lastTick = Date.now();
    state.timer = window.setInterval(tick, TICK_MS);
  }
  function tick() {
    var now = Date.now();
    state.remainingMs -= now - state.lastTick;
    state.lastTick = now;
    if (state.remainingMs <= 0) { state.remainingMs = 0; stopTimer(); holdEnded(); return; }
    drawTimer();
  }

  function drawTimer() {
    var pass = passes[state.pass];
    var step = pass.step;
    if (step.breaths > 0) {
      var totalMs = step.holdSeconds * 1000;
      var elapsed = Math.max(0, totalMs - state.remainingMs);
      var breath = Math.min(step.breaths, Math.floor(elapsed / (SECONDS_PER_BREATH * 1000)) + 1);
      ui.timer.textContent = 'Breath ' + breath + ' of ' + step.breaths;
      ui.timer.classList.add('is-breaths');
      var inBreath = (elapsed % (SECONDS_PER_BREATH * 1000)) < 2000; // in for 2 seconds, out for 3
      ui.breathText.textContent = state.paused ? 'Paused' : inBreath ? 'Breathe in' : 'Breathe out';
      ui.breath.classList.toggle('is-in', state.phase === 'hold' && !state.paused && inBreath);
      ui.breath.classList.toggle('is-out', state.phase === 'hold' && !state.paused && !inBreath);
      ui.breath.hidden = false;
    } else {
      ui.timer.textContent = clock(state.remainingMs);
      ui.timer.classList.remove('is-breaths');
      ui.breath.hidden = true;
    }
  }

  // ---- showing a pass ----
  function show(index, phase) {
    stopTimer();
    state.pass = Math.max(0, Math.min(passes.length - 1, index));
    state.paused = false;
    state.rep = 1;
    var pass = passes[state.pass];
    var step = pass.step;
    state.phase = phase || 'ready';
    state.remainingMs = step.holdSeconds * 1000;
    sections.forEach(function (s) { s.hidden = s !== step.section; });
    ui.end.hidden = true;
    ui.panel.hidden = false;
    ui.options.hidden = false;
    draw();
  }

  function draw() {
    var pass = passes[state.pass];
    var step = pass.step;
    var timed = isTimed(pass);
    root.setAttribute('data-phase', state.phase);
    root.classList.toggle('is-paused', state.paused);
    ui.side.textContent = [setWords(pass), sideLabel(pass), repWords(pass)].filter(Boolean).join(' · ');
    ui.side.hidden = !ui.side.textContent;
    if (timed && state.phase === 'hold') {
      ui.timer.hidden = false;
      drawTimer();
    } else {
      ui.timer.hidden = true;
      ui.breath.hidden = true;
    }
    if (state.phase === 'ready') {
      ui.action.hidden = false;
      ui.action.textContent = step.breaths > 0 ? 'Start: ' + step.breaths + ' breaths' : 'Start the hold';
    } else if (state.phase === 'reps') {
      ui.action.hidden = false;
      ui.action.textContent = 'Done';
    } else {
      ui.action.hidden = true;
    }
    ui.action.classList.toggle('is-done', state.phase === 'reps');
    ui.pause.disabled = state.phase !== 'hold';
    ui.pause.textContent = state.paused ? 'Resume' : 'Pause';
    ui.pause.setAttribute('aria-pressed', state.paused ? 'true' : 'false');
    ui.back.disabled = state.pass === 0;
  }

  function describe(pass) {
    var step = pass.step;
    var words = 'Step ' + (step.index + 1) + ' of ' + steps.length + ': ' + step.title + '.';
    if (setWords(pass)) words += ' ' + setWords(pass) + '.';
    if (pass.side) words += ' ' + sideLabel(pass) + '.';
    if (repWords(pass)) words += ' ' + step.reps + ' repetitions, each held.';
    words += isTimed(pass) ? ' Read the cautions, then tap Start.' : ' Tap Done when you have finished the repetitions.';
    return words;
  }

  function enter(index) {
    var pass = passes[Math.max(0, Math.min(passes.length - 1, index))];
    show(index, isTimed(pass) ? 'ready' : 'reps');
    announce(describe(passes[state.pass]));
  }

  function begin(index, opening) {
    state.playing = true;
    document.body.classList.add('is-playing');
    // The routine's introduction gives way to the step; the handout's player keeps its title.
    if (!root.hasAttribute('data-deferred')) ui.intro.hidden = true;
    keepAwake();
    enter(index);
    if (!opening) {
      window.scrollTo(0, 0);
      ui.action.focus({ preventScroll: true });
    }
  }

  // A link to one step (…/play/#step-3) starts there.
  function fromHash() {
    var from = 0;
    var hash = window.location.hash.slice(1);
    passes.some(function (p, i) { if (p.step.section.id === hash) { from = i; return true; } return false; });
    return from;
  }

  function next(reason) {
    if (state.pass + 1 >= passes.length) { finish(); return; }
    var was = passes[state.pass];
    enter(state.pass + 1);
    var now = passes[state.pass];
    if (reason === 'hold') announce('Hold finished. ' + (now.step === was.step ? [setWords(now), sideLabel(now)].filter(Boolean).join('. ') + '. Tap Start when you are ready.' : describe(now)));
    focusIfInside(ui.action);
  }

  function holdEnded() {
    signal();
    var pass = passes[state.pass];
    if (pass.step.reps > 1 && state.rep < pass.step.reps) {
      state.rep += 1;
      state.phase = 'ready';
      state.remainingMs = pass.step.holdSeconds * 1000;
      draw();
      announce('Hold finished. ' + repWords(pass) + ': tap Start when you are ready.');
      focusIfInside(ui.action);
      return;
    }
    next('hold');
  }

  // ---- the end: the day ticked in this device's log ----
  function today() {
    var d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }
  function readLog() {
    try {
      var log = JSON.parse(window.localStorage.getItem(LOG_KEY) || 'null');
      return log && log.version === 1 && log.days && typeof log.days === 'object' ? log : { version: 1, days: {} };
    } catch (e) { return { version: 1, days: {} }; }
  }
  function writeLog(log) {
    try { window.localStorage.setItem(LOG_KEY, JSON.stringify(log)); return true; } catch (e) { return false; }
  }
  function markToday() {
    var log = readLog();
    var day = today();
    var done = log.days[day] || [];
    if (done.indexOf(routineId) < 0) done.push(routineId);
    log.days[day] = done;
    return writeLog(log);
  }
  function drawLog() {
    var log = readLog();
    var now = new Date();
    var monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
    Array.prototype.forEach.call(ui.log.querySelectorAll('td[data-day]'), function (cell) {
      var d = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + parseInt(cell.getAttribute('data-day'), 10));
      var key = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
      var done = (log.days[key] || []).indexOf(routineId) >= 0;
      cell.classList.toggle('is-done', done);
      cell.classList.toggle('is-today', key === today());
      cell.textContent = '';
      var mark = document.createElement('span');
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = done ? '✓' : '';
      var words = document.createElement('span');
      words.className = 'visually-hidden';
      words.textContent = done ? 'done' : 'not done';
      cell.appendChild(mark);
      cell.appendChild(words);
    });
  }

  function finish() {
    stopTimer();
    state.phase = 'end';
    root.setAttribute('data-phase', 'end');
    sections.forEach(function (s) { s.hidden = true; });
    ui.panel.hidden = true;
    ui.options.hidden = true;
    var kept = markToday();
    drawLog();
    ui.logStatus.textContent = kept ? '' : 'This browser would not keep the log (private browsing, or storage turned off).';
    ui.end.hidden = false;
    letSleep();
    state.playing = false;
    ui.endHeading.focus();
    announce('Done for today. Today is ticked in this device’s log.');
  }

  // ---- controls ----
  ui.action.addEventListener('click', function () {
    if (state.phase === 'ready') {
      state.phase = 'hold';
      state.paused = false;
      keepAwake();
      runTimer();
      draw();
      announce('Holding. ' + (passes[state.pass].step.breaths > 0 ? passes[state.pass].step.breaths + ' slow breaths.' : clock(state.remainingMs) + '.'));
      ui.pause.focus();
    } else if (state.phase === 'reps') {
      next('reps');
    }
  });
  ui.pause.addEventListener('click', function () {
    if (state.phase !== 'hold') return;
    state.paused = !state.paused;
    if (state.paused) { tick(); stopTimer(); } else runTimer();
    draw();
    announce(state.paused ? 'Paused.' : 'Resumed.');
  });
  ui.skip.addEventListener('click', function () { next('skip'); });
  ui.back.addEventListener('click', function () {
    if (state.pass === 0) return;
    enter(state.pass - 1);
    focusIfInside(ui.back.disabled ? ui.action : ui.back);
  });
  ui.restart.addEventListener('click', function () {
    var first = state.pass;
    while (first > 0 && passes[first - 1].step === passes[state.pass].step) first--;
    enter(first);
    focusIfInside(ui.action);
  });
  ui.again.addEventListener('click', function () { begin(0); });
  ui.forget.addEventListener('click', function () {
    try { window.localStorage.removeItem(LOG_KEY); } catch (e) { /* nothing kept */ }
    drawLog();
    ui.logStatus.textContent = 'This device’s log is forgotten: every day it had is gone.';
  });

  // Space pauses and resumes, and the arrow keys step back and on, unless a control or field has the key.
  document.addEventListener('keydown', function (e) {
    if (!state.playing || e.ctrlKey || e.metaKey || e.altKey) return;
    var el = document.activeElement;
    if (el && /^(input|textarea|select|button|summary|a)$/i.test(el.tagName)) return;
    if (e.key === ' ' && state.phase === 'hold') { e.preventDefault(); ui.pause.click(); }
    else if (e.key === 'ArrowRight') { e.preventDefault(); ui.skip.click(); }
    else if (e.key === 'ArrowLeft') { e.preventDefault(); ui.back.click(); }
  });

  root.classList.add('has-player');
  // Opened from a Start link: go straight to the first step (it waits for a tap before any timer runs).
  // The handout's player has a button, not a link, back: the handout is this same address.
  var exit = $('player-exit');
  if (exit && exit.tagName === 'BUTTON') exit.addEventListener('click', function () { window.location.reload(); });

  // Opened by a link, the page does not move focus; started by the handout's button, focus goes to the player.
  begin(fromHash(), !root.hasAttribute('data-deferred'));
  }
})();
