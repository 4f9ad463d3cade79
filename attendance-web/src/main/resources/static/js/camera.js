// Camera helpers shared by the live page, the kiosk and webcam enrolment:
// start a camera with readable errors, capture a JPEG, relay frames one at a time, draw face boxes.
(function () {
  'use strict';

  // Frames for recognition: up to 1280 px wide, so faces at the back of a classroom (~20–30 px
  // at 640) are still big enough to recognise. Smaller cameras are sent at their own width.
  const FRAME_WIDTH = 1280;
  const FRAME_QUALITY = 0.8;

  const COLORS = {
    MARKED: '#22c55e', ALREADY_MARKED: '#22c55e',
    NEEDS_CONFIRMATION: '#f59e0b', CONFIRMING: '#f59e0b',
    UNKNOWN: '#94a3b8', OTHER_CLASS: '#3b82f6', SPOOF: '#ef4444'
  };

  /** Starts the camera into the video element. Rejects with {reason: denied|none|inUse|insecure}. */
  async function start(video, facingMode) {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      throw { reason: 'insecure' };
    }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: facingMode || 'user', width: { ideal: 1280 }, height: { ideal: 720 } }
      });
    } catch (e) {
      const name = e && e.name;
      if (name === 'NotAllowedError' || name === 'SecurityError') { throw { reason: 'denied' }; }
      if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') { throw { reason: 'none' }; }
      if (name === 'NotReadableError' || name === 'TrackStartError') { throw { reason: 'inUse' }; }
      throw { reason: 'none' };
    }
    video.setAttribute('playsinline', '');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    if (!video.videoWidth) {
      await new Promise(function (resolve) { video.addEventListener('loadedmetadata', resolve, { once: true }); });
    }
    return stream;
  }

  function stop(video) {
    const stream = video.srcObject;
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
    video.srcObject = null;
  }

  /** A JPEG of the current video frame, `width` pixels wide at most (never upscaled). */
  function capture(video, width, quality) {
    const w = Math.min(width || FRAME_WIDTH, video.videoWidth);
    const h = Math.round(video.videoHeight * w / video.videoWidth);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    canvas.getContext('2d').drawImage(video, 0, 0, w, h);
    return new Promise(function (resolve) { canvas.toBlob(resolve, 'image/jpeg', quality || 0.8); });
  }

  function csrfHeaders() {
    const csrf = window.attendanceCsrf ? window.attendanceCsrf() : null;
    const headers = {};
    if (csrf) { headers[csrf.name] = csrf.value; }
    return headers;
  }

  /**
   * Sends frames to `url` at most every `minIntervalMs`, never more than one in flight.
   * Callbacks: onResult(json), onBusy(seconds, json), onFatal(status, json) → true | ms | false, onError().
   */
  function frameLoop(video, url, callbacks, minIntervalMs) {
    let running = true;
    let timer = null;
    const interval = Math.max(minIntervalMs || 500, 500);

    async function tick() {
      if (!running) { return; }
      let started = Date.now();
      let delay = interval;
      try {
        if (video.videoWidth) {
          const blob = await capture(video, FRAME_WIDTH, FRAME_QUALITY);
          const form = new FormData();
          form.append('image', blob, 'frame.jpg');
          started = Date.now(); // pace uploads, not captures: at most one every `interval` ms
          const response = await fetch(url, { method: 'POST', body: form, headers: csrfHeaders(), credentials: 'same-origin' });
          const isJson = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
          const json = isJson ? await response.json().catch(function () { return {}; }) : {};
          if (response.redirected || (response.ok && !isJson)) {
            // Our own sign-in expired: the request ended on the login page.
            running = callbacks.onFatal(401, json) === true;
          } else if (response.ok) {
            callbacks.onResult(json);
          } else if (response.status === 503 || response.status === 429) {
            const seconds = parseInt(response.headers.get('Retry-After') || '5', 10) || 5;
            delay = seconds * 1000;
            callbacks.onBusy(seconds, json);
          } else {
            // onFatal answers true (keep going), a number (keep going after that many ms) or false (stop).
            const verdict = callbacks.onFatal(response.status, json);
            running = verdict === true || typeof verdict === 'number';
            if (typeof verdict === 'number') { delay = verdict; }
          }
        }
      } catch (e) {
        delay = 3000;
        if (callbacks.onError) { callbacks.onError(e); }
      }
      if (running) {
        timer = setTimeout(tick, Math.max(0, delay - (Date.now() - started)));
      }
    }
    tick();
    return { stop: function () { running = false; clearTimeout(timer); } };
  }

  /** Draws each face's box and label on the overlay canvas (sized to the frame). */
  function drawFaces(canvas, result, label) {
    canvas.width = result.width || canvas.width;
    canvas.height = result.height || canvas.height;
    const ctx = canvas.getContext('2d');
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const line = Math.max(3, Math.round(canvas.width / 200));
    (result.faces || []).forEach(function (face) {
      const b = face.box;
      const color = COLORS[face.outcome] || COLORS.UNKNOWN;
      ctx.lineWidth = line;
      ctx.strokeStyle = color;
      ctx.strokeRect(b.x, b.y, b.width, b.height);
      const text = label(face);
      if (text) {
        ctx.font = '600 ' + Math.max(14, Math.round(canvas.width / 40)) + 'px system-ui, sans-serif';
        const pad = 4;
        const tw = ctx.measureText(text).width + pad * 2;
        const th = Math.max(18, Math.round(canvas.width / 32));
        const ty = b.y - th >= 0 ? b.y - th : b.y + b.height;
        ctx.fillStyle = color;
        ctx.fillRect(b.x - line / 2, ty, tw, th);
        ctx.fillStyle = '#fff';
        ctx.textBaseline = 'middle';
        ctx.fillText(text, b.x + pad, ty + th / 2);
      }
    });
    return (result.faces || []).length;
  }

  window.AttendanceCamera = { start: start, stop: stop, capture: capture, frameLoop: frameLoop, drawFaces: drawFaces, csrfHeaders: csrfHeaders };
})();
