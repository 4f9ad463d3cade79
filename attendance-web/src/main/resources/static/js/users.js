// New-user form: show only the link the chosen role needs (teacher for TEACHER, student code for STUDENT).
(function () {
  'use strict';
  const role = document.getElementById('role');
  if (!role) { return; }
  const fields = document.querySelectorAll('#userForm [data-role]');
  function update() {
    fields.forEach(function (field) { field.hidden = field.dataset.role !== role.value; });
  }
  role.addEventListener('change', update);
  update();
})();
