// The live attendance page: camera → frames → overlay; roster refreshed beside it.
(function () {
  'use strict';
  const stage = document.getElementById('liveStage');
  if (!stage) { return; }
  const cam = window.AttendanceCamera;
  const video = document.getElementById('liveVideo');
  const overlay = document.getElementById('liveOverlay');
  const banner = document.getElementById('liveBanner');
  const placeholder = document.getElementById('livePlaceholder');
  const startBtn = document.getElementById('liveStart');
  const stopBtn = document.getElementById('liveStop');
  const switchBtn = document.getElementById('liveSwitch');
  const status = document.getElementById('liveStatus');
  const recent = document.getElementById('liveRecent');
  const msg = stage.dataset;
  let loop = null;
  let facing = 'user';
  let framesSent = 0;
  let lastRosterRefresh = 0;

  function showBanner(text, kind) {
    banner.textContent = text;
    banner.className = 'alert alert-' + (kind || 'warning');
  }
  function hideBanner() { banner.className = 'alert d-none'; }

  function outcomeLabel(outcome) {
    return msg['outcome' + outcome.charAt(0) + outcome.slice(1).toLowerCase()] || outcome;
  }

  function faceLabel(face) {
    const name = face.studentName ? face.studentName + ' · ' : '';
    return name + outcomeLabel(face.outcome);
  }

  function refreshRoster(force) {
    const now = Date.now();
    if (!force && now - lastRosterRefresh < 2000) { return; }
    const editing = document.querySelector('#roster details[open]') ||
      (document.activeElement && document.activeElement.closest && document.activeElement.closest('#roster'));
    if (editing) { return; }
    lastRosterRefresh = now;
    window.htmx.ajax('GET', msg.rosterUrl, { target: '#roster', swap: 'outerHTML' });
  }

  function addRecent(face) {
    if (!face.studentName || !(face.outcome === 'MARKED' || face.outcome === 'NEEDS_CONFIRMATION')) { return; }
    const li = document.createElement('li');
    li.textContent = new Date().toLocaleTimeString() + ' — ' + face.studentName + ' · ' + outcomeLabel(face.outcome);
    recent.prepend(li);
    while (recent.children.length > 6) { recent.lastChild.remove(); }
  }

  function onResult(result) {
    framesSent++;
    hideBanner();
    const drawn = cam.drawFaces(overlay, result, faceLabel);
    stage.dataset.framesSent = String(framesSent);
    stage.dataset.facesDrawn = String(drawn);
    stage.dataset.lastOutcomes = (result.faces || []).map(function (f) { return f.outcome; }).join(',');
    status.textContent = msg.msgStatus.replace('{0}', drawn).replace('{1}', framesSent);
    let changed = false;
    (result.faces || []).forEach(function (f) {
      addRecent(f);
      changed = changed || f.outcome === 'MARKED' || f.outcome === 'NEEDS_CONFIRMATION';
    });
    refreshRoster(changed);
  }

  function onBusy(seconds) {
    showBanner(msg.msgBusy.replace('{0}', seconds), 'warning');
  }

  function onFatal(code, json) {
    if (code === 409) { showBanner(msg.msgClosed, 'info'); stopCamera(); return false; }
    if (code === 401 || code === 403) { showBanner(msg.msgSignedout, 'danger'); stopCamera(); return false; }
    showBanner(msg.msgFailed + (json && json.message ? ' ' + json.message : ''), 'danger');
    return true; // keep trying: a bad frame must not end the lesson
  }

  async function startCamera() {
    hideBanner();
    startBtn.disabled = true;
    try {
      await cam.start(video, facing);
    } catch (e) {
      const key = { denied: 'msgDenied', none: 'msgNocamera', inUse: 'msgInuse', insecure: 'msgInsecure' }[e.reason] || 'msgNocamera';
      showBanner(msg[key], 'danger');
      startBtn.disabled = false;
      return;
    }
    placeholder.classList.add('d-none');
    startBtn.classList.add('d-none');
    stopBtn.classList.remove('d-none');
    switchBtn.classList.remove('d-none');
    stage.dataset.camera = 'on';
    loop = cam.frameLoop(video, msg.framesUrl, { onResult: onResult, onBusy: onBusy, onFatal: onFatal,
      onError: function () { showBanner(msg.msgFailed, 'warning'); } }, 500);
  }

  function stopCamera() {
    if (loop) { loop.stop(); loop = null; }
    cam.stop(video);
    overlay.getContext('2d').clearRect(0, 0, overlay.width, overlay.height);
    placeholder.classList.remove('d-none');
    startBtn.classList.remove('d-none');
    startBtn.disabled = false;
    stopBtn.classList.add('d-none');
    switchBtn.classList.add('d-none');
    stage.dataset.camera = 'off';
  }

  startBtn.addEventListener('click', startCamera);
  stopBtn.addEventListener('click', stopCamera);
  switchBtn.addEventListener('click', function () {
    facing = facing === 'user' ? 'environment' : 'user';
    stopCamera();
    startCamera();
  });
  // htmx does not swap error answers: keep the last roster and say why it is not updating.
  ['htmx:responseError', 'htmx:sendError'].forEach(function (type) {
    document.body.addEventListener(type, function () { showBanner(msg.msgRoster, 'warning'); });
  });
  setInterval(function () { refreshRoster(false); }, 5000);
})();
