// The live page's QR check-in panel: loads a fresh QR image of the session's current code every few
// seconds (the code rotates on the server), and stops while the tab is hidden.
(function () {
  var img = document.getElementById('checkinQr');
  if (!img) {
    return;
  }
  var src = img.getAttribute('data-src');
  var every = Math.max(1000, parseInt(img.getAttribute('data-refresh-ms'), 10) || 5000);
  var status = document.getElementById('checkinQrStatus');
  var failed = img.getAttribute('data-msg-failed');

  function load() {
    if (document.hidden) {
      return;
    }
    var next = new Image();
    next.onload = function () {
      img.src = next.src;
      img.setAttribute('data-loads', String((parseInt(img.getAttribute('data-loads'), 10) || 0) + 1));
      if (status) { status.textContent = ''; }
    };
    next.onerror = function () {
      if (status) { status.textContent = failed; }
    };
    next.src = src + (src.indexOf('?') < 0 ? '?' : '&') + 't=' + Date.now();
  }

  load();
  setInterval(load, every);
  document.addEventListener('visibilitychange', load);
})();
