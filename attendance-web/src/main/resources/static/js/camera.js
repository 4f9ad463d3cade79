// Camera helpers shared by the live page, the kiosk and webcam enrolment:
// start a camera with readable errors, capture a JPEG, relay frames one at a time, draw face boxes.
(function () {
  'use strict';

  // Frames for recognition: up to 1280 px wide, so faces at the back of a classroom (~20–30 px
  // at 640) are still big enough to recognise. Smaller cameras are sent at their own width.
  const FRAME_WIDTH = 1280;
  // Once the answer says everyone is marked, nobody is left to find: the API has the frame looked at
  // whole, for which 640 px are as good as 1280 and cost a quarter to send and decode.
  const EVERYONE_MARKED_WIDTH = 640;
  const FRAME_QUALITY = 0.8;

  const COLORS = {
    MARKED: '#22c55e', ALREADY_MARKED: '#22c55e',
    NEEDS_CONFIRMATION: '#f59e0b', CONFIRMING: '#f59e0b',
    UNKNOWN: '#94a3b8', OTHER_CLASS: '#3b82f6', SPOOF: '#ef4444', TOO_SMALL: '#38bdf8'
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
    let width = FRAME_WIDTH;

    async function tick() {
      if (!running) { return; }
      let started = Date.now();
      let delay = interval;
      try {
        if (video.videoWidth) {
          const blob = await capture(video, width, FRAME_QUALITY);
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
            width = json.everyoneMarked === true ? EVERYONE_MARKED_WIDTH : FRAME_WIDTH;
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

  // Label text colour per outcome: dark on every label colour: white on the blue and red labels would be under 4.5:1.
  const TEXT = {};

  /** CSS pixels per frame pixel of a canvas shown with object-fit: contain (1 when not laid out). */
  function displayScale(canvas) {
    const r = canvas.getBoundingClientRect();
    if (!r.width || !r.height || !canvas.width || !canvas.height) { return 1; }
    return Math.min(r.width / canvas.width, r.height / canvas.height);
  }

  /**
   * Draws each face's box and a label placed so that it covers no other label and no other face
   * (AttendanceOverlay.place). `label(face, number)` returns the label texts to try, longest first
   * (a string is one text); the face's number is always the last resort. options: {labelPx: label
   * size in CSS pixels, numbers: one per face (default reading order)}. A face marked without a
   * liveness check (reason NO_LIVENESS_CHECK) gets a dashed box. Returns the number of faces; the
   * layout is kept in AttendanceOverlay.last (frame pixels) for the page and for tests.
   */
  function drawFaces(canvas, result, label, options) {
    const opts = options || {};
    const faces = result.faces || [];
    canvas.width = result.width || canvas.width;
    canvas.height = result.height || canvas.height;
    const ctx = canvas.getContext('2d');
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const scale = displayScale(canvas);
    const line = Math.max(3, Math.round(2.5 / scale));
    const fontPx = Math.round((opts.labelPx || 13) / scale);
    const font = '600 ' + fontPx + 'px system-ui, sans-serif';
    ctx.font = font;
    const overlay = window.AttendanceOverlay;
    const numbers = opts.numbers || (function () {
      const n = new Array(faces.length);
      overlay.readingOrder(faces.map(function (f) { return f.box; })).forEach(function (i, k) { n[i] = k + 1; });
      return n;
    })();
    const items = faces.map(function (face, i) {
      const own = label(face, numbers[i]);
      const texts = (Array.isArray(own) ? own : [own]).filter(function (t) { return t; });
      texts.push(String(numbers[i]));
      const priority = face.outcome === 'NEEDS_CONFIRMATION' ? 0 : face.studentName ? 1 : 2;
      return { box: face.box, texts: texts, priority: priority };
    });
    const labels = overlay.place(items, {
      width: canvas.width, height: canvas.height, labelHeight: Math.round(fontPx * 1.45),
      pad: Math.round(fontPx * 0.35), gap: line, measure: function (t) { return ctx.measureText(t).width; }
    });
    faces.forEach(function (face, i) {
      const b = face.box;
      ctx.lineWidth = line;
      ctx.strokeStyle = COLORS[face.outcome] || COLORS.UNKNOWN;
      ctx.setLineDash(face.reason === 'NO_LIVENESS_CHECK' ? [line * 3, line * 2] : []);
      ctx.strokeRect(b.x, b.y, b.width, b.height);
    });
    ctx.setLineDash([]);
    ctx.textBaseline = 'middle';
    labels.forEach(function (l, i) {
      const outcome = faces[i].outcome;
      ctx.fillStyle = COLORS[outcome] || COLORS.UNKNOWN;
      ctx.fillRect(l.x, l.y, l.w, l.h);
      ctx.fillStyle = TEXT[outcome] || '#0f172a';
      ctx.font = '600 ' + Math.max(1, Math.floor(fontPx * l.fontScale)) + 'px system-ui, sans-serif';
      ctx.fillText(l.text, l.x + (l.w - ctx.measureText(l.text).width) / 2, l.y + l.h / 2);
    });
    overlay.last = {
      width: canvas.width, height: canvas.height, scale: scale,
      boxes: faces.map(function (f) { return { x: f.box.x, y: f.box.y, w: f.box.width, h: f.box.height }; }),
      labels: labels.map(function (l, i) {
        return { x: l.x, y: l.y, w: l.w, h: l.h, text: l.text, variant: l.variant, side: l.side,
          number: numbers[i], shortened: l.variant > 0 };
      })
    };
    return faces.length;
  }

  window.AttendanceCamera = { start: start, stop: stop, capture: capture, frameLoop: frameLoop, drawFaces: drawFaces,
    csrfHeaders: csrfHeaders, colors: COLORS, displayScale: displayScale };
})();
