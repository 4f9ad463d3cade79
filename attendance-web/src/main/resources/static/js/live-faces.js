// The lists under the live video: faces waiting for the teacher in this frame, each with
// Confirm and Reject buttons (one click, keyboard reachable), and the number key naming every
// face whose overlay label had to be shortened to a number or a name.
(function () {
  'use strict';
  const KEEP_MS = 20000; // a review stays listed this long after its face left the frame

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  /**
   * opts: {msg (stage dataset), label(outcome), reason(reason), review, reviewList, key, keyList,
   * onDecide(pendingId, 'confirm'|'reject'), afterLast() (where focus goes when the list empties)}. Returns {update(faces, numbers, layout, narrow), focusAt(x, y)}.
   */
  window.AttendanceLiveFaces = function (opts) {
    const msg = opts.msg;
    const items = new Map(); // pendingId → {li, seen, number}
    const decided = new Set();
    let layout = null;
    let current = [];

    function status(face) {
      const reason = opts.reason(face.reason);
      return opts.label(face.outcome) + (reason ? ' · ' + reason : '');
    }

    function reviewItem(face, number) {
      const li = el('li');
      li.dataset.pendingId = String(face.pendingId);
      const badge = el('span', 'face-number outcome-NEEDS_CONFIRMATION', String(number));
      const who = el('span', 'who');
      who.append(el('strong', null, face.studentName || '?'), ' ', el('span', 'small detail', status(face)));
      const actions = el('span', 'actions');
      li.append(badge, who, actions);
      [['confirm', 'btn btn-sm btn-success', msg.msgConfirm, msg.msgConfirmface],
        ['reject', 'btn btn-sm btn-outline-secondary', msg.msgReject, msg.msgRejectface]].forEach(function (b) {
        const button = el('button', b[1], b[2]);
        button.type = 'button';
        button.dataset.decision = b[0];
        actions.append(button);
      });
      return li;
    }

    function refreshItem(item, face, number, inFrame) {
      const name = face ? face.studentName : item.name;
      item.li.querySelector('.face-number').textContent = inFrame ? String(number) : '–';
      item.li.querySelector('.detail').textContent = face ? status(face) : msg.msgNotinframe;
      item.li.classList.toggle('opacity-75', !inFrame);
      const n = inFrame ? number : '–';
      item.li.querySelector('[data-decision=confirm]').setAttribute('aria-label', msg.msgConfirmface.replace('{0}', name).replace('{1}', n));
      item.li.querySelector('[data-decision=reject]').setAttribute('aria-label', msg.msgRejectface.replace('{0}', name).replace('{1}', n));
    }

    function updateReview(faces, numbers, now) {
      const seen = new Set();
      faces.forEach(function (face, i) {
        if (face.outcome !== 'NEEDS_CONFIRMATION' || face.pendingId == null || decided.has(face.pendingId)) { return; }
        seen.add(face.pendingId);
        let item = items.get(face.pendingId);
        if (!item) {
          item = { li: reviewItem(face, numbers[i]), name: face.studentName || '?' };
          items.set(face.pendingId, item);
          opts.reviewList.append(item.li);
        }
        item.seen = now;
        item.number = numbers[i];
        refreshItem(item, face, numbers[i], true);
      });
      items.forEach(function (item, id) {
        if (seen.has(id)) { return; }
        if (now - item.seen > KEEP_MS && !item.li.contains(document.activeElement)) {
          item.li.remove();
          items.delete(id);
        } else {
          refreshItem(item, null, null, false);
        }
      });
      opts.review.classList.toggle('d-none', items.size === 0);
    }

    function updateKey(faces, numbers, labels, narrow) {
      const rows = [];
      faces.forEach(function (face, i) {
        const shortened = narrow || (labels && labels[i] && labels[i].shortened);
        if (shortened) { rows.push({ n: numbers[i], face: face }); }
      });
      rows.sort(function (a, b) { return a.n - b.n; });
      opts.keyList.replaceChildren.apply(opts.keyList, rows.map(function (r) {
        const li = el('li');
        li.append(el('span', 'face-number outcome-' + r.face.outcome, String(r.n)),
          el('span', null, (r.face.studentName ? r.face.studentName + ' · ' : '') + status(r.face)));
        return li;
      }));
      opts.key.classList.toggle('d-none', rows.length === 0);
    }

    opts.reviewList.addEventListener('click', function (e) {
      const button = e.target.closest('button[data-decision]');
      if (!button) { return; }
      const li = button.closest('li');
      const id = Number(li.dataset.pendingId);
      decided.add(id);
      items.delete(id);
      const next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      opts.review.classList.toggle('d-none', items.size === 0);
      // Keep keyboard focus in the list; after the last decision, on the camera controls.
      if (next) { next.querySelector('button').focus(); } else if (opts.afterLast) { opts.afterLast(); }
      opts.onDecide(id, button.dataset.decision);
    });

    return {
      update: function (faces, numbers, newLayout, narrow) {
        layout = newLayout;
        current = faces;
        updateReview(faces, numbers, Date.now());
        updateKey(faces, numbers, layout && layout.labels, narrow);
      },
      /** Focuses the Confirm button of the waiting face whose box or label holds the frame point (x, y). */
      focusAt: function (x, y) {
        if (!layout) { return false; }
        const hit = current.findIndex(function (face, i) {
          const b = layout.boxes[i];
          const l = layout.labels[i];
          const inside = function (r) { return r && x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h; };
          return face.pendingId != null && (inside(b) || inside(l));
        });
        const item = hit >= 0 ? items.get(current[hit].pendingId) : null;
        if (!item) { return false; }
        item.li.scrollIntoView({ block: 'nearest' });
        item.li.querySelector('[data-decision=confirm]').focus();
        return true;
      }
    };
  };
})();
