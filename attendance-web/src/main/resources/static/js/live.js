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
  const waiting = document.getElementById('livePendingCount');
  const msg = stage.dataset;
  const faces = window.AttendanceLiveFaces({
    msg: msg, label: outcomeLabel, reason: reasonLabel,
    review: document.getElementById('liveReview'), reviewList: document.getElementById('livePendingFaces'),
    key: document.getElementById('liveKeySection'), keyList: document.getElementById('liveKey'),
    onDecide: decide,
    afterLast: function () { (stopBtn.classList.contains('d-none') ? startBtn : stopBtn).focus(); }
  });
  const numberFor = window.AttendanceOverlay.numbering(10000);
  let loop = null;
  let facing = 'user';
  let framesSent = 0;
  let lastRosterRefresh = 0;
  let lastFrameCount = 0;
  let lastDecision = 0;

  function showBanner(text, kind) {
    banner.textContent = text;
    banner.className = 'alert alert-' + (kind || 'warning');
  }
  function hideBanner() { banner.className = 'alert d-none'; }

  function outcomeLabel(outcome) {
    return msg['outcome' + outcome.charAt(0) + outcome.slice(1).toLowerCase()] || outcome;
  }

  function reasonLabel(reason) {
    return reason ? msg['reason' + reason.charAt(0) + reason.slice(1).toLowerCase()] || null : null;
  }

  /** What the overlay says about a face: a possible photo says so instead of "needs confirmation". */
  function faceStatus(face) {
    if (face.outcome === 'NEEDS_CONFIRMATION' && face.reason === 'POSSIBLE_PHOTO') { return reasonLabel(face.reason); }
    return outcomeLabel(face.outcome);
  }

  /** Below 576 CSS pixels of video (a phone) every label is the face's number; the names are in the list. */
  function narrow() {
    return stage.clientWidth > 0 && stage.clientWidth < 576;
  }

  /** Label texts to try, longest first; the number is added by the overlay as the last resort. */
  function faceLabels(face, number) {
    if (narrow()) { return []; }
    // A face waiting for review carries its number, which its Confirm/Reject row under the video shows too.
    const prefix = face.outcome === 'NEEDS_CONFIRMATION' && face.pendingId != null ? number + ' · ' : '';
    if (!face.studentName) { return [prefix + faceStatus(face)]; }
    return [prefix + face.studentName + ' · ' + faceStatus(face), prefix + face.studentName];
  }

  function setWaiting(count) {
    // Unchanged counts are left alone, so the status region is not announced again every frame.
    if (typeof count !== 'number' || !waiting || waiting.dataset.count === String(count)) { return; }
    waiting.dataset.count = String(count);
    waiting.textContent = msg.msgWaiting.replace('{0}', count);
    waiting.classList.toggle('text-bg-warning', count > 0);
    waiting.classList.toggle('text-bg-light', count === 0);
    waiting.classList.toggle('border', count === 0);
  }

  /** Confirms or rejects a pending match (the roster answers with itself; app.js adds the CSRF header). */
  function decide(pendingId, decision) {
    setWaiting(Math.max(0, parseInt(waiting.dataset.count || '1', 10) - 1));
    lastDecision = Date.now();
    lastRosterRefresh = lastDecision;
    return window.htmx.ajax('POST', msg.pendingUrl + pendingId + '/' + decision, { target: '#roster', swap: 'outerHTML' });
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
    li.textContent = new Date().toLocaleTimeString() + ' — ' + face.studentName + ' · ' + faceStatus(face);
    recent.prepend(li);
    while (recent.children.length > 6) { recent.lastChild.remove(); }
  }

  function onResult(result) {
    framesSent++;
    hideBanner();
    const numbers = numberFor(result.faces || [], Date.now());
    const drawn = cam.drawFaces(overlay, result, faceLabels, { numbers: numbers });
    faces.update(result.faces || [], numbers, window.AttendanceOverlay.last, narrow());
    // A frame already in flight when the teacher decided still counts the decided review.
    if (typeof result.pendingCount === 'number' && Date.now() - lastDecision > 1500) {
      lastFrameCount = Date.now();
      setWaiting(result.pendingCount);
    }
    stage.dataset.framesSent = String(framesSent);
    stage.dataset.facesDrawn = String(drawn);
    stage.dataset.lastOutcomes = (result.faces || []).map(function (f) { return f.outcome; }).join(',');
    status.textContent = msg.msgStatus.replace('{0}', drawn).replace('{1}', framesSent)
      + (result.everyoneMarked === true && msg.msgEveryone ? ' · ' + msg.msgEveryone : '');
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
    // The button the keyboard is on hides: the focus goes to the one that takes its place.
    const keepFocus = document.activeElement === startBtn || document.activeElement === switchBtn;
    startBtn.disabled = true;
    try {
      await cam.start(video, facing);
    } catch (e) {
      const key = { denied: 'msgDenied', none: 'msgNocamera', inUse: 'msgInuse', insecure: 'msgInsecure' }[e.reason] || 'msgNocamera';
      showBanner(msg[key], 'danger');
      startBtn.disabled = false;
      if (keepFocus) { startBtn.focus(); }
      return;
    }
    placeholder.classList.add('d-none');
    // The stage takes the camera's shape (16:9 or 4:3), so no part of it is black bars.
    if (video.videoWidth && video.videoHeight) { stage.style.aspectRatio = video.videoWidth + ' / ' + video.videoHeight; }
    startBtn.classList.add('d-none');
    stopBtn.classList.remove('d-none');
    switchBtn.classList.remove('d-none');
    if (keepFocus) { stopBtn.focus(); }
    stage.dataset.camera = 'on';
    loop = cam.frameLoop(video, msg.framesUrl, { onResult: onResult, onBusy: onBusy, onFatal: onFatal,
      onError: function () { showBanner(msg.msgFailed, 'warning'); } }, 500);
  }

  function stopCamera() {
    const keepFocus = document.activeElement === stopBtn;
    if (loop) { loop.stop(); loop = null; }
    cam.stop(video);
    overlay.getContext('2d').clearRect(0, 0, overlay.width, overlay.height);
    faces.update([], [], null, false);
    placeholder.classList.remove('d-none');
    stage.style.aspectRatio = '';
    startBtn.classList.remove('d-none');
    startBtn.disabled = false;
    stopBtn.classList.add('d-none');
    switchBtn.classList.add('d-none');
    if (keepFocus) { startBtn.focus(); }
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
  // The roster knows the open reviews too (also with an API that sends no pendingCount).
  // Within 3 s of a frame that said how many wait, the frame's count is the newer one.
  // Confirm, Reject and Save in the roster replace the roster: the keyboard focus would fall to the
  // top of the page. It goes to the next review waiting, or else to the roster's heading.
  // Remembered from the request that started in the roster until the roster it brings has settled:
  // another request starting meanwhile (a periodic refresh) must not make us forget it.
  let rosterHadFocus = false;
  function focusInRoster() {
    const roster = document.getElementById('roster');
    return !!(roster && roster.contains(document.activeElement));
  }
  document.body.addEventListener('htmx:beforeRequest', function () {
    rosterHadFocus = rosterHadFocus || focusInRoster();
  });
  document.body.addEventListener('htmx:beforeSwap', function (evt) {
    const cfg = evt.detail.requestConfig;
    if (cfg && cfg.verb === 'get' && evt.detail.target && evt.detail.target.id === 'roster' && focusInRoster()) {
      // A refresh asked for before the keyboard went into the roster never pulls it from under it.
      evt.detail.shouldSwap = false;
      return;
    }
    rosterHadFocus = rosterHadFocus || focusInRoster();
  });
  document.body.addEventListener('htmx:afterSettle', function () {
    const roster = document.getElementById('roster');
    if (rosterHadFocus && roster) {
      rosterHadFocus = false;
      if (!roster.contains(document.activeElement)) {
        const next = roster.querySelector('.pending-item button') || document.getElementById('rosterTitle');
        if (next) { next.focus(); }
      }
    }
    if (roster && roster.dataset.pendingCount && Date.now() - lastFrameCount > 3000) {
      setWaiting(parseInt(roster.dataset.pendingCount, 10));
    }
  });
  // A click on a face waiting for review in the video takes the keyboard to its Confirm button.
  overlay.addEventListener('click', function (e) {
    const layout = window.AttendanceOverlay.last;
    if (!layout) { return; }
    const r = overlay.getBoundingClientRect();
    const s = Math.min(r.width / layout.width, r.height / layout.height);
    const x = (e.clientX - r.left - (r.width - layout.width * s) / 2) / s;
    const y = (e.clientY - r.top - (r.height - layout.height * s) / 2) / s;
    faces.focusAt(x, y);
  });
  setInterval(function () { refreshRoster(false); }, 5000);
})();
