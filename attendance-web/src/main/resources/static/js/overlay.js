// Overlay layout for the camera pages: where each face's label goes so that no label covers
// another label or another face's box, and a stable number for each face (its track) so a
// shortened label can point to the list under the video. Pure functions, no drawing: camera.js
// draws what place() returns. window.AttendanceOverlay.last keeps the latest layout for tests.
(function () {
  'use strict';

  /** True when the rectangles {x, y, w, h} share any area (touching edges do not count). */
  function intersects(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  function inflate(r, by) {
    return { x: r.x - by, y: r.y - by, w: r.w + 2 * by, h: r.h + 2 * by };
  }

  function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }

  /** Label rectangles around box b (x, y, w, h) in the order they are tried. */
  function candidates(b, w, h, gap, width, height) {
    const above = b.y - gap - h;
    const below = b.y + b.h + gap;
    const right = b.x + b.w + gap;
    const left = b.x - gap - w;
    const cx = clamp(b.x + b.w / 2 - w / 2, 0, width - w);
    const lx = clamp(b.x - gap, 0, width - w);
    const rx = clamp(b.x + b.w + gap - w, 0, width - w);
    const ty = clamp(b.y, 0, height - h);
    const by = clamp(b.y + b.h - h, 0, height - h);
    return [
      { x: lx, y: above, side: 'above' }, { x: lx, y: below, side: 'below' },
      { x: right, y: ty, side: 'right' }, { x: left, y: ty, side: 'left' },
      { x: rx, y: above, side: 'above' }, { x: rx, y: below, side: 'below' },
      { x: cx, y: above, side: 'above' }, { x: cx, y: below, side: 'below' },
      { x: right, y: by, side: 'right' }, { x: left, y: by, side: 'left' },
      { x: left, y: above, side: 'corner' }, { x: right, y: above, side: 'corner' },
      { x: left, y: below, side: 'corner' }, { x: right, y: below, side: 'corner' }
    ].map(function (c) { return { x: c.x, y: c.y, w: w, h: h, side: c.side }; });
  }

  /**
   * Places one label per item. items: [{box: {x, y, width, height}, texts: [longest … shortest], priority}];
   * the texts are tried in order, each at every candidate position, and the first rectangle inside
   * the frame that touches no placed label and no face box wins; then the last text (the face's
   * number) at 3/4 size. When none fits, the number goes inside the face's own box, shrunk to fit.
   * opts: {width, height, measure(text) → px, labelHeight, pad, gap}.
   * Returns, per item (same order): {x, y, w, h, text, variant, side, fontScale}.
   */
  function place(items, opts) {
    const gap = opts.gap || 0;
    const spacing = opts.spacing === undefined ? 1 : opts.spacing;
    const boxes = items.map(function (it) {
      return inflate({ x: it.box.x, y: it.box.y, w: it.box.width, h: it.box.height }, gap / 2);
    });
    const order = items.map(function (it, i) { return i; }).sort(function (a, b) {
      return (items[a].priority || 0) - (items[b].priority || 0) || a - b;
    });
    const placed = [];
    const result = new Array(items.length);

    function free(r) {
      if (r.x < 0 || r.y < 0 || r.x + r.w > opts.width || r.y + r.h > opts.height) { return false; }
      const padded = inflate(r, spacing);
      for (let i = 0; i < placed.length; i++) { if (intersects(padded, placed[i])) { return false; } }
      for (let i = 0; i < boxes.length; i++) { if (intersects(r, boxes[i])) { return false; } }
      return true;
    }

    order.forEach(function (i) {
      const item = items[i];
      const b = boxes[i];
      const texts = item.texts;
      // Every text at full size, then the number at three quarters.
      const tries = texts.map(function (t, v) { return { text: t, variant: v, scale: 1 }; })
        .concat([{ text: texts[texts.length - 1], variant: texts.length - 1, scale: 0.75 }]);
      for (let k = 0; k < tries.length && !result[i]; k++) {
        const t = tries[k];
        const w = Math.ceil((opts.measure(t.text) + 2 * opts.pad) * t.scale);
        const spots = candidates(b, w, Math.ceil(opts.labelHeight * t.scale), 0, opts.width, opts.height);
        for (let c = 0; c < spots.length; c++) {
          if (free(spots[c])) {
            result[i] = Object.assign(spots[c], { text: t.text, variant: t.variant, fontScale: t.scale });
            break;
          }
        }
      }
      if (!result[i]) {
        // No room outside: the number inside the face's own box, which no other label may enter.
        const text = texts[texts.length - 1];
        const own = { x: item.box.x, y: item.box.y, w: item.box.width, h: item.box.height };
        const w0 = opts.measure(text) + 2 * opts.pad;
        const scale = Math.min(1, own.w / w0, own.h / opts.labelHeight);
        result[i] = { x: own.x, y: own.y, w: w0 * scale, h: opts.labelHeight * scale, side: 'inside',
          text: text, variant: texts.length - 1, fontScale: scale };
      }
      placed.push(result[i]);
    });
    return result;
  }

  /** Indices of the boxes in reading order: rows from the top, each row from the left. */
  function readingOrder(boxes) {
    const byY = boxes.map(function (b, i) { return i; })
      .sort(function (a, b) { return (boxes[a].y + boxes[a].height / 2) - (boxes[b].y + boxes[b].height / 2); });
    const rows = [];
    byY.forEach(function (i) {
      const b = boxes[i];
      const row = rows[rows.length - 1];
      if (row && (b.y + b.height / 2) - row.cy < 0.6 * Math.max(row.h, b.height)) {
        row.items.push(i);
      } else {
        rows.push({ cy: b.y + b.height / 2, h: b.height, items: [i] });
      }
    });
    return rows.reduce(function (all, row) {
      return all.concat(row.items.sort(function (a, b) { return boxes[a].x - boxes[b].x; }));
    }, []);
  }

  /**
   * Numbers faces so that a face keeps its number while its track lives (trackId from the API);
   * a new face takes the smallest free number, in reading order. Faces without a trackId are
   * numbered in reading order each frame. A track unseen for `keepMs` frees its number.
   */
  function numbering(keepMs) {
    const tracks = new Map(); // trackId → {n, seen}
    const keep = keepMs || 10000;
    return function assign(faces, now) {
      tracks.forEach(function (t, id) { if (now - t.seen > keep) { tracks.delete(id); } });
      const used = new Set();
      const numbers = new Array(faces.length);
      faces.forEach(function (f, i) {
        const t = f.trackId != null ? tracks.get(f.trackId) : null;
        if (t && !used.has(t.n)) { t.seen = now; numbers[i] = t.n; used.add(t.n); }
      });
      const held = new Set(Array.from(tracks.values()).map(function (t) { return t.n; }));
      let next = 1;
      readingOrder(faces.map(function (f) { return f.box; })).forEach(function (i) {
        if (numbers[i]) { return; }
        while (used.has(next) || held.has(next)) { next++; }
        numbers[i] = next;
        used.add(next);
        if (faces[i].trackId != null) { tracks.set(faces[i].trackId, { n: next, seen: now }); }
      });
      return numbers;
    };
  }

  window.AttendanceOverlay = { place: place, intersects: intersects, readingOrder: readingOrder, numbering: numbering, last: null };
})();
