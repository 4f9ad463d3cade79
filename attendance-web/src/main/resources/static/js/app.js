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
  // A table wider than the screen scrolls sideways; when it holds nothing focusable, keyboard users
  // could not scroll it: such a box becomes a focusable region named after its table's heading.
  let regions = 0;
  function scrollableTables() {
    document.querySelectorAll('.table-responsive').forEach(function (box) {
      const scrolls = box.scrollWidth > box.clientWidth + 1;
      const focusable = box.querySelector('a[href], button, input, select, textarea, [tabindex]');
      if (scrolls && !focusable) {
        if (!box.hasAttribute('tabindex')) {
          box.setAttribute('tabindex', '0');
          box.setAttribute('role', 'region');
          const table = box.querySelector('table');
          const card = box.closest('.card, section, main');
          const heading = table && table.caption ? table.caption : card && card.querySelector('h1, h2, h3');
          if (heading) {
            if (!heading.id) {
              heading.id = 'scroll-region-' + (++regions);
            }
            box.setAttribute('aria-labelledby', heading.id);
          }
          box.dataset.scrollRegion = 'true';
        }
      } else if (box.dataset.scrollRegion) {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-labelledby');
        delete box.dataset.scrollRegion;
      }
    });
  }
  scrollableTables();
  window.addEventListener('resize', scrollableTables);
  document.body.addEventListener('htmx:afterSettle', scrollableTables);
  window.attendanceCsrf = function () {
    return token && header ? { name: header.content, value: token.content } : null;
  };
})();
