// Kiosk: full-screen camera relaying frames with the device key (kept server-side) and a
// large "who was just marked" line.
(function () {
  'use strict';
  const stage = document.getElementById('liveStage');
  const cam = window.AttendanceCamera;
  const msg = stage.dataset;
  const video = document.getElementById('liveVideo');
  const overlay = document.getElementById('liveOverlay');
  const banner = document.getElementById('liveBanner');
  const placeholder = document.getElementById('livePlaceholder');
  const marked = document.getElementById('kioskMarked');
  let frames = 0;
  let clearTimer = null;

  function label(face) {
    const outcome = face.outcome;
    const text = msg['outcome' + outcome.charAt(0) + outcome.slice(1).toLowerCase()] || outcome;
    return (face.studentName ? face.studentName + ' · ' : '') + text;
  }
  function say(text, kind, ms) {
    marked.textContent = text;
    marked.dataset.kind = kind;
    clearTimeout(clearTimer);
    clearTimer = setTimeout(function () { marked.textContent = ''; marked.dataset.kind = ''; }, ms);
  }
  function show(text, kind) { banner.textContent = text; banner.className = 'alert alert-' + kind + ' m-2'; }
  function hide() { banner.className = 'alert d-none'; }

  async function start() {
    try {
      await cam.start(video, 'user');
    } catch (e) {
      const key = { denied: 'msgDenied', none: 'msgNocamera', inUse: 'msgInuse', insecure: 'msgInsecure' }[e.reason] || 'msgNocamera';
      show(msg[key], 'danger');
      return;
    }
    placeholder.classList.add('d-none');
    cam.frameLoop(video, msg.framesUrl, {
      onResult: function (result) {
        hide();
        frames++;
        stage.dataset.framesSent = String(frames);
        cam.drawFaces(overlay, result, label, { labelPx: 22 });
        const names = (result.faces || []).filter(function (f) { return f.outcome === 'MARKED'; })
          .map(function (f) { return f.studentName; });
        const tooFar = (result.faces || []).some(function (f) { return f.outcome === 'TOO_SMALL'; });
        if (names.length) {
          say(msg.msgWelcome.replace('{0}', names.join(', ')), 'welcome', 6000);
        } else if (tooFar && marked.dataset.kind !== 'welcome') {
          // Too far away for the liveness check: the kiosk only marks faces close enough to judge.
          say(msg.msgCloser, 'closer', 2500);
        }
      },
      onBusy: function (seconds) { show(msg.msgBusy.replace('{0}', seconds), 'warning'); },
      onFatal: function (status, json) {
        if (status === 404 || status === 409) { show(msg.msgNosession, 'info'); overlay.getContext('2d').clearRect(0, 0, overlay.width, overlay.height); return 20000; }
        if (status === 401) { window.location.reload(); return false; }
        show(msg.msgFailed + (json && json.message ? ' ' + json.message : ''), 'danger');
        return true;
      },
      onError: function () { show(msg.msgFailed, 'warning'); }
    }, 500);
  }

  document.getElementById('liveStart').addEventListener('click', start);
  document.getElementById('kioskFullscreen').addEventListener('click', function () {
    if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen(); }
  });
})();
