// Shared page behaviour: CSRF header on every htmx request, confirmation of destructive forms.
(function () {
  'use strict';
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (e) {
    if (token && header) {
      e.detail.headers[header.content] = token.content;
    }
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.confirm(form.dataset.confirm)) {
        e.preventDefault();
      }
    });
  });
  window.attendanceCsrf = function () {
    return token && header ? { name: header.content, value: token.content } : null;
  };
})();
