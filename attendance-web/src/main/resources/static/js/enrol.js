// Webcam enrolment: guidance while framing (face box and "move closer" where the browser can
// detect faces), capture, and the API's verdict for every photo.
(function () {
  'use strict';
  const stage = document.getElementById('enrolStage');
  if (!stage) { return; }
  const cam = window.AttendanceCamera;
  const msg = stage.dataset;
  const video = document.getElementById('enrolVideo');
  const overlay = document.getElementById('enrolOverlay');
  const guide = document.getElementById('enrolGuide');
  const startBtn = document.getElementById('enrolStart');
  const captureBtn = document.getElementById('enrolCapture');
  const results = document.getElementById('enrolResults');
  const detector = ('FaceDetector' in window) ? new window.FaceDetector({ fastMode: true, maxDetectedFaces: 2 }) : null;

  function drawGuide(face) {
    overlay.width = video.videoWidth;
    overlay.height = video.videoHeight;
    const ctx = overlay.getContext('2d');
    ctx.clearRect(0, 0, overlay.width, overlay.height);
    ctx.lineWidth = 4;
    if (face) {
      const b = face.boundingBox;
      const small = b.width < overlay.width * 0.25;
      ctx.strokeStyle = small ? '#f59e0b' : '#22c55e';
      ctx.strokeRect(b.x, b.y, b.width, b.height);
      const cx = b.x + b.width / 2;
      const off = Math.abs(cx - overlay.width / 2) > overlay.width * 0.2;
      guide.textContent = small ? msg.msgCloser : (off ? msg.msgCentre : msg.msgGood);
    } else {
      ctx.strokeStyle = 'rgba(255,255,255,.7)';
      ctx.setLineDash([10, 8]);
      ctx.beginPath();
      ctx.ellipse(overlay.width / 2, overlay.height / 2, overlay.width * 0.17, overlay.height * 0.32, 0, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }

  async function guideLoop() {
    if (!video.srcObject) { return; }
    let face = null;
    if (detector) {
      try {
        const faces = await detector.detect(video);
        face = faces[0] || null;
        if (!face) { guide.textContent = msg.msgNoface; }
      } catch (ignored) { face = null; }
    }
    drawGuide(face);
    setTimeout(guideLoop, 300);
  }

  startBtn.addEventListener('click', async function () {
    try {
      await cam.start(video, 'user');
    } catch (e) {
      const key = { denied: 'msgDenied', none: 'msgNocamera', inUse: 'msgInuse', insecure: 'msgInsecure' }[e.reason] || 'msgNocamera';
      guide.textContent = msg[key];
      guide.className = 'small mb-2 text-danger';
      return;
    }
    startBtn.classList.add('d-none');
    document.getElementById('enrolHint').classList.add('d-none');
    captureBtn.disabled = false;
    guide.textContent = msg.msgGeneric;
    guideLoop();
  });

  captureBtn.addEventListener('click', async function () {
    captureBtn.disabled = true;
    const blob = await cam.capture(video, 1280, 0.92);
    const form = new FormData();
    form.append('photos', blob, 'webcam-' + Date.now() + '.jpg');
    const li = document.createElement('li');
    try {
      const response = await fetch(msg.captureUrl, { method: 'POST', body: form, headers: cam.csrfHeaders(), credentials: 'same-origin' });
      const json = await response.json().catch(function () { return {}; });
      if (response.ok && json.results && json.results[0]) {
        const r = json.results[0];
        li.className = r.accepted ? 'text-success' : 'text-danger';
        li.textContent = r.accepted ? msg.msgAccepted : msg.msgRejected + ' ' + (r.message || r.reason || '');
      } else {
        li.className = 'text-danger';
        li.textContent = msg.msgRejected + ' ' + (json.message || response.status);
      }
    } catch (e) {
      li.className = 'text-danger';
      li.textContent = msg.msgRejected;
    }
    results.prepend(li);
    captureBtn.disabled = false;
  });
})();
