// QR codes drawn in the browser (ISO/IEC 18004, byte mode), for the handout builder: the handout lives in the page's
// address, so its code cannot be made at build time. Exposes window.HipQr.encode(text) → { version, ecl, size, dark(x, y) }
// and window.HipQr.svg(text, label) → an <svg class="qr"> element. The smallest version that holds the text at level M
// is used, with the strongest error correction that still fits that version. Decoded with jsQR at every version and
// level in HandoutTests.
(function (root) {
  'use strict';

  // Error correction levels in ascending strength; 'bits' is the value in the format information.
  var LEVELS = [{ name: 'L', bits: 1 }, { name: 'M', bits: 0 }, { name: 'Q', bits: 3 }, { name: 'H', bits: 2 }];
  // At least M (15% of the code may be damaged): these codes are printed, folded and stuck on fridges.
  var MIN_LEVEL = 1;
  // Per level (L, M, Q, H) and version (index 1–40): error correction codewords per block, and number of blocks.
  var ECC_PER_BLOCK = [
    [-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
    [-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    [-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30]
  ];
  var BLOCKS = [
    [-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
    [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
    [-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
    [-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81]
  ];

  function utf8(text) {
    if (typeof TextEncoder !== 'undefined') return Array.prototype.slice.call(new TextEncoder().encode(text));
    return unescape(encodeURIComponent(text)).split('').map(function (c) { return c.charCodeAt(0); });
  }

  // Modules left for data and error correction once every function pattern is drawn.
  function rawDataModules(version) {
    var result = (16 * version + 128) * version + 64;
    if (version >= 2) {
      var align = Math.floor(version / 7) + 2;
      result -= (25 * align - 10) * align - 55;
      if (version >= 7) result -= 36;
    }
    return result;
  }

  function dataCodewords(version, level) {
    return Math.floor(rawDataModules(version) / 8) - ECC_PER_BLOCK[level][version] * BLOCKS[level][version];
  }

  // Bits a byte-mode segment of n bytes takes: mode (4), character count (8 or 16), data.
  function segmentBits(version, n) { return 4 + (version < 10 ? 8 : 16) + 8 * n; }

  // ---- Reed–Solomon over GF(2^8), polynomial 0x11D ----
  function gfMultiply(x, y) {
    var z = 0;
    for (var i = 7; i >= 0; i--) {
      z = (z << 1) ^ ((z >>> 7) * 0x11D);
      z ^= ((y >>> i) & 1) * x;
    }
    return z;
  }

  function rsDivisor(degree) {
    var result = [];
    for (var i = 0; i < degree - 1; i++) result.push(0);
    result.push(1);
    var rootValue = 1;
    for (var j = 0; j < degree; j++) {
      for (var k = 0; k < result.length; k++) {
        result[k] = gfMultiply(result[k], rootValue);
        if (k + 1 < result.length) result[k] ^= result[k + 1];
      }
      rootValue = gfMultiply(rootValue, 0x02);
    }
    return result;
  }

  function rsRemainder(data, divisor) {
    var result = divisor.map(function () { return 0; });
    data.forEach(function (b) {
      var factor = b ^ result.shift();
      result.push(0);
      divisor.forEach(function (coef, i) { result[i] ^= gfMultiply(coef, factor); });
    });
    return result;
  }

  // Splits the data codewords into blocks, adds each block's error correction, and interleaves them.
  function withErrorCorrection(data, version, level) {
    var numBlocks = BLOCKS[level][version];
    var eccLen = ECC_PER_BLOCK[level][version];
    var raw = Math.floor(rawDataModules(version) / 8);
    var numShort = numBlocks - raw % numBlocks;
    var shortLen = Math.floor(raw / numBlocks);
    var divisor = rsDivisor(eccLen);
    var blocks = [];
    for (var i = 0, k = 0; i < numBlocks; i++) {
      var dat = data.slice(k, k + shortLen - eccLen + (i < numShort ? 0 : 1));
      k += dat.length;
      var ecc = rsRemainder(dat, divisor);
      if (i < numShort) dat.push(0);
      blocks.push(dat.concat(ecc));
    }
    var result = [];
    for (var n = 0; n < blocks[0].length; n++) {
      for (var j = 0; j < blocks.length; j++) {
        if (n !== shortLen - eccLen || j >= numShort) result.push(blocks[j][n]);
      }
    }
    return result;
  }

  function alignmentPositions(version, size) {
    if (version === 1) return [];
    var count = Math.floor(version / 7) + 2;
    var step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
    var result = [6];
    for (var pos = size - 7; result.length < count; pos -= step) result.splice(1, 0, pos);
    return result;
  }

  function mask(m, x, y) {
    switch (m) {
      case 0: return (x + y) % 2 === 0;
      case 1: return y % 2 === 0;
      case 2: return x % 3 === 0;
      case 3: return (x + y) % 3 === 0;
      case 4: return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
      case 5: return x * y % 2 + x * y % 3 === 0;
      case 6: return (x * y % 2 + x * y % 3) % 2 === 0;
      default: return ((x + y) % 2 + x * y % 3) % 2 === 0;
    }
  }

  function Matrix(version) {
    var size = version * 4 + 17;
    this.size = size;
    this.dark = [];
    this.isFunction = [];
    for (var y = 0; y < size; y++) {
      this.dark.push(new Array(size).fill(false));
      this.isFunction.push(new Array(size).fill(false));
    }
  }
  Matrix.prototype.setFunction = function (x, y, dark) {
    this.dark[y][x] = dark;
    this.isFunction[y][x] = true;
  };

  function drawFunctionPatterns(mx, version) {
    var size = mx.size;
    for (var i = 0; i < size; i++) {
      mx.setFunction(6, i, i % 2 === 0);
      mx.setFunction(i, 6, i % 2 === 0);
    }
    [[3, 3], [size - 4, 3], [3, size - 4]].forEach(function (c) {
      for (var dy = -4; dy <= 4; dy++) {
        for (var dx = -4; dx <= 4; dx++) {
          var d = Math.max(Math.abs(dx), Math.abs(dy));
          var x = c[0] + dx, y = c[1] + dy;
          if (x >= 0 && x < size && y >= 0 && y < size) mx.setFunction(x, y, d !== 2 && d !== 4);
        }
      }
    });
    var align = alignmentPositions(version, size);
    var last = align.length - 1;
    align.forEach(function (ay, i) {
      align.forEach(function (ax, j) {
        if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
        for (var dy = -2; dy <= 2; dy++) {
          for (var dx = -2; dx <= 2; dx++) mx.setFunction(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
        }
      });
    });
    drawFormatBits(mx, 0, 0); // reserves the area; drawn again once the mask is chosen
    if (version >= 7) {
      var rem = version;
      for (var r = 0; r < 12; r++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1F25);
      var bits = version << 12 | rem;
      for (var b = 0; b < 18; b++) {
        var on = ((bits >>> b) & 1) !== 0;
        var a = size - 11 + b % 3, c = Math.floor(b / 3);
        mx.setFunction(a, c, on);
        mx.setFunction(c, a, on);
      }
    }
  }

  function drawFormatBits(mx, levelBits, maskNumber) {
    var data = levelBits << 3 | maskNumber;
    var rem = data;
    for (var i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    var bits = (data << 10 | rem) ^ 0x5412;
    var size = mx.size;
    function bit(n) { return ((bits >>> n) & 1) !== 0; }
    for (var a = 0; a <= 5; a++) mx.setFunction(8, a, bit(a));
    mx.setFunction(8, 7, bit(6));
    mx.setFunction(8, 8, bit(7));
    mx.setFunction(7, 8, bit(8));
    for (var b = 9; b < 15; b++) mx.setFunction(14 - b, 8, bit(b));
    for (var c = 0; c < 8; c++) mx.setFunction(size - 1 - c, 8, bit(c));
    for (var d = 8; d < 15; d++) mx.setFunction(8, size - 15 + d, bit(d));
    mx.setFunction(8, size - 8, true); // the dark module
  }

  function drawCodewords(mx, codewords) {
    var size = mx.size;
    var i = 0;
    for (var right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (var vert = 0; vert < size; vert++) {
        for (var j = 0; j < 2; j++) {
          var x = right - j;
          var upward = ((right + 1) & 2) === 0;
          var y = upward ? size - 1 - vert : vert;
          if (!mx.isFunction[y][x] && i < codewords.length * 8) {
            mx.dark[y][x] = ((codewords[i >>> 3] >>> (7 - (i & 7))) & 1) !== 0;
            i++;
          }
        }
      }
    }
  }

  function applyMask(mx, m) {
    for (var y = 0; y < mx.size; y++) {
      for (var x = 0; x < mx.size; x++) {
        if (!mx.isFunction[y][x] && mask(m, x, y)) mx.dark[y][x] = !mx.dark[y][x];
      }
    }
  }

  // The standard's penalty score: long runs, 2×2 blocks, finder-like patterns, and dark/light imbalance.
  function penalty(mx) {
    var size = mx.size, score = 0, darkCount = 0;
    function line(get) {
      var s = 0, runColor = null, run = 0, k;
      for (k = 0; k < size; k++) {
        var c = get(k);
        if (c === runColor) {
          run++;
        } else {
          if (run >= 5) s += run - 2;
          runColor = c;
          run = 1;
        }
      }
      if (run >= 5) s += run - 2;
      // 1:1:3:1:1 with four light modules on one side (outside the symbol counts as light)
      for (k = -4; k < size; k++) {
        var ok1 = true, ok2 = true;
        for (var t = 0; t < 11; t++) {
          var p = k + t;
          var v = p >= 0 && p < size ? get(p) : false;
          if (v !== PATTERN_A[t]) ok1 = false;
          if (v !== PATTERN_B[t]) ok2 = false;
          if (!ok1 && !ok2) break;
        }
        if (ok1) s += 40;
        if (ok2) s += 40;
      }
      return s;
    }
    for (var y = 0; y < size; y++) {
      score += line(function (x) { return mx.dark[y][x]; });
      score += line(function (x) { return mx.dark[x][y]; });
    }
    for (var by = 0; by < size - 1; by++) {
      for (var bx = 0; bx < size - 1; bx++) {
        var c = mx.dark[by][bx];
        if (c === mx.dark[by][bx + 1] && c === mx.dark[by + 1][bx] && c === mx.dark[by + 1][bx + 1]) score += 3;
      }
    }
    mx.dark.forEach(function (row) { row.forEach(function (d) { if (d) darkCount++; }); });
    var total = size * size;
    score += (Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1) * 10;
    return score;
  }
  var PATTERN_A = [true, false, true, true, true, false, true, false, false, false, false];
  var PATTERN_B = PATTERN_A.slice().reverse();

  /**
   * Encodes text (as UTF-8 bytes) into the smallest QR code that holds it; throws RangeError when it is too long.
   * `fixed` (tests only) may ask for a lowest version, a highest error correction level and a mask.
   */
  function encode(text, fixed) {
    var bytes = utf8(String(text));
    var lowest = fixed && fixed.ecl ? 'LMQH'.indexOf(fixed.ecl) : MIN_LEVEL;
    var version = 0, level = lowest;
    for (var v = (fixed && fixed.version) || 1; v <= 40; v++) {
      if (segmentBits(v, bytes.length) <= dataCodewords(v, lowest) * 8) { version = v; break; }
    }
    if (!version) throw new RangeError('too long for a QR code (' + bytes.length + ' bytes)');
    for (var l = lowest + 1; l < LEVELS.length && !(fixed && fixed.ecl); l++) {
      if (segmentBits(version, bytes.length) <= dataCodewords(version, l) * 8) level = l;
    }

    var capacity = dataCodewords(version, level) * 8;
    var bits = [];
    function push(value, length) { for (var i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1); }
    push(0x4, 4);
    push(bytes.length, version < 10 ? 8 : 16);
    bytes.forEach(function (b) { push(b, 8); });
    push(0, Math.min(4, capacity - bits.length));
    push(0, (8 - bits.length % 8) % 8);
    for (var pad = 0xEC; bits.length < capacity; pad ^= 0xEC ^ 0x11) push(pad, 8);
    var codewords = [];
    for (var i = 0; i < bits.length; i += 8) {
      var byte = 0;
      for (var j = 0; j < 8; j++) byte = byte << 1 | bits[i + j];
      codewords.push(byte);
    }

    var mx = new Matrix(version);
    drawFunctionPatterns(mx, version);
    drawCodewords(mx, withErrorCorrection(codewords, version, level));
    var best = 0, bestScore = Infinity;
    for (var m = 0; m < 8; m++) {
      applyMask(mx, m);
      drawFormatBits(mx, LEVELS[level].bits, m);
      var score = fixed && fixed.mask !== undefined ? (m === fixed.mask ? 0 : 1) : penalty(mx);
      if (score < bestScore) { best = m; bestScore = score; }
      applyMask(mx, m); // undo (XOR)
    }
    applyMask(mx, best);
    drawFormatBits(mx, LEVELS[level].bits, best);
    return {
      version: version,
      ecl: LEVELS[level].name,
      mask: best,
      size: mx.size,
      dark: function (x, y) { return x >= 0 && y >= 0 && x < mx.size && y < mx.size && mx.dark[y][x]; }
    };
  }

  /** An <svg class="qr"> of the text with a four-module quiet zone, one path of horizontal runs, crisp edges. */
  function svg(text, label) {
    var code = encode(text);
    var quiet = 4, n = code.size + quiet * 2, d = [];
    for (var y = 0; y < code.size; y++) {
      for (var x = 0; x < code.size; x++) {
        if (!code.dark(x, y)) continue;
        var start = x;
        while (x + 1 < code.size && code.dark(x + 1, y)) x++;
        d.push('M' + (start + quiet) + ' ' + (y + quiet) + 'h' + (x - start + 1) + 'v1h-' + (x - start + 1) + 'z');
      }
    }
    var ns = 'http://www.w3.org/2000/svg';
    var el = document.createElementNS(ns, 'svg');
    el.setAttribute('class', 'qr');
    el.setAttribute('viewBox', '0 0 ' + n + ' ' + n);
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', label || 'QR code');
    el.setAttribute('shape-rendering', 'crispEdges');
    el.setAttribute('data-qr-version', String(code.version));
    var bg = document.createElementNS(ns, 'rect');
    bg.setAttribute('width', String(n));
    bg.setAttribute('height', String(n));
    bg.setAttribute('fill', '#fff');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d.join(''));
    path.setAttribute('fill', '#000');
    el.appendChild(bg);
    el.appendChild(path);
    return el;
  }

  root.HipQr = { encode: encode, svg: svg };
}(typeof window !== 'undefined' ? window : globalThis));
