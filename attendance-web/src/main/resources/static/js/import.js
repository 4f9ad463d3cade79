// Bulk import with a progress bar: XHR upload progress, then the API's answer or its bad lines.
(function () {
  'use strict';
  document.querySelectorAll('.import-form').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      const bar = form.querySelector('.progress');
      const fill = bar.querySelector('.progress-bar');
      const out = form.querySelector('.import-result');
      const buttons = form.querySelectorAll('button[type=submit]');
      const data = new FormData(form);
      if (e.submitter && e.submitter.name) { data.append(e.submitter.name, e.submitter.value); }
      out.textContent = '';
      bar.classList.remove('d-none');
      buttons.forEach(function (b) { b.disabled = true; });
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      const csrf = window.attendanceCsrf();
      if (csrf) { xhr.setRequestHeader(csrf.name, csrf.value); }
      xhr.upload.addEventListener('progress', function (ev) {
        if (ev.lengthComputable) {
          const pct = Math.round(100 * ev.loaded / ev.total);
          fill.style.width = pct + '%';
          bar.setAttribute('aria-valuenow', String(pct));
          fill.textContent = pct + '%';
        }
      });
      xhr.addEventListener('loadend', function () {
        buttons.forEach(function (b) { b.disabled = false; });
        fill.style.width = '100%';
        bar.setAttribute('aria-valuenow', '100');
        fill.textContent = '100%';
        if (xhr.getResponseHeader('X-Import-Fragment')) {
          // Rendered and escaped by the server (Thymeleaf): counts, unmapped items or bad lines.
          out.innerHTML = xhr.responseText;
          out.scrollIntoView({ block: 'nearest' });
          return;
        }
        let json = {};
        try { json = JSON.parse(xhr.responseText || '{}'); } catch (ignored) { json = {}; }
        const box = document.createElement('div');
        if (xhr.status >= 200 && xhr.status < 300) {
          box.className = 'alert alert-success mb-0';
          const count = json.imported !== undefined ? json.imported : (json.accepted !== undefined ? json.accepted : '');
          box.textContent = form.dataset.msgDone.replace('{0}', count);
          const rejected = (json.results || []).filter(function (r) { return r.accepted === false; });
          if (rejected.length) {
            const p = document.createElement('p');
            p.className = 'mb-0 mt-2 fw-semibold';
            p.textContent = form.dataset.msgRejected;
            box.appendChild(p);
            const ul = document.createElement('ul');
            ul.className = 'mb-0';
            rejected.forEach(function (r) {
              const li = document.createElement('li');
              li.textContent = r.fileName + ': ' + (r.message || r.reason || '');
              ul.appendChild(li);
            });
            box.appendChild(ul);
          }
        } else {
          box.className = 'alert alert-danger mb-0';
          box.textContent = form.dataset.msgFailed + ' ' + (json.message || xhr.status || '');
          if (json.rows && json.rows.length) {
            const ul = document.createElement('ul');
            ul.className = 'mb-0 mt-2';
            json.rows.forEach(function (row) {
              const li = document.createElement('li');
              li.textContent = (row.file ? row.file + ', ' : '') + form.dataset.msgLine.replace('{0}', row.line) + ' '
                + (row.errors || []).join('; ');
              ul.appendChild(li);
            });
            box.appendChild(ul);
          }
        }
        out.appendChild(box);
      });
      xhr.send(data);
    });
  });
})();
