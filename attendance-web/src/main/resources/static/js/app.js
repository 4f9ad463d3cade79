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
  // An htmx request answered by the login page means the sign-in expired: go there.
  document.body.addEventListener('htmx:afterRequest', function (e) {
    const url = e.detail.xhr && e.detail.xhr.responseURL;
    if (url && new URL(url).pathname.endsWith('/login')) {
      window.location.href = url;
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
