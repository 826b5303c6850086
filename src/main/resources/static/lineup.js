// Lineup's few behaviours that need a script: the group wizard's job lists and the schedule form.
(function () {
  function memberInput(li, on) {
    var input = li.querySelector('input[name=jobIds]');
    if (on && !input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'jobIds';
      input.value = li.dataset.id;
      li.prepend(input);
    } else if (!on && input) {
      input.remove();
    }
  }

  function buttonsFor(li, inGroup) {
    var box = li.querySelector('.item-buttons');
    box.innerHTML = inGroup
      ? '<button type="button" class="link" data-move="up" title="Move up">↑</button>' +
        '<button type="button" class="link" data-move="down" title="Move down">↓</button>' +
        '<button type="button" class="link" data-move="remove">← Remove</button>'
      : '<button type="button" class="link" data-move="add">Add →</button>';
  }

  function place(li, list, before) {
    var inGroup = list.id === 'members';
    list.insertBefore(li, before || null);
    memberInput(li, inGroup);
    buttonsFor(li, inGroup);
  }

  document.addEventListener('click', function (e) {
    var button = e.target.closest('[data-move]');
    if (!button) return;
    var li = button.closest('li');
    var members = document.getElementById('members');
    var available = document.getElementById('available');
    switch (button.dataset.move) {
      case 'add': place(li, members); break;
      case 'remove': place(li, available); break;
      case 'up': if (li.previousElementSibling) members.insertBefore(li, li.previousElementSibling); break;
      case 'down': if (li.nextElementSibling) members.insertBefore(li.nextElementSibling, li); break;
    }
  });

  var dragged = null;
  document.addEventListener('dragstart', function (e) {
    if (e.target.closest && e.target.closest('ul.dnd')) {
      dragged = e.target.closest('li');
      e.dataTransfer.setData('text/plain', dragged.dataset.id);
    }
  });
  document.addEventListener('dragover', function (e) {
    if (dragged && e.target.closest('ul.dnd')) e.preventDefault();
  });
  document.addEventListener('drop', function (e) {
    var list = e.target.closest('ul.dnd');
    if (!dragged || !list) return;
    e.preventDefault();
    var over = e.target.closest('li');
    place(dragged, list, over && over !== dragged ? over : null);
    dragged = null;
  });

  function showScheduleFields() {
    var type = document.getElementById('schedule-type');
    if (!type) return;
    document.querySelectorAll('.schedule [data-for]').forEach(function (el) {
      el.hidden = el.dataset.for !== type.value;
    });
  }
  document.addEventListener('change', function (e) {
    if (e.target.id === 'schedule-type') showScheduleFields();
    if (e.target.id === 'schedule-date') {
      // ISO dates compare as text; the server has the last word.
      document.getElementById('date-in-past').hidden =
        !e.target.value || e.target.value >= e.target.dataset.today;
    }
  });
  document.addEventListener('DOMContentLoaded', showScheduleFields);

  // Next runs come from the API, which computes them from the schedule.
  function nextRuns() {
    document.querySelectorAll('[data-next-runs]').forEach(function (list) {
      fetch(list.dataset.nextRuns).then(function (r) { return r.ok ? r.json() : []; }).then(function (runs) {
        list.innerHTML = '';
        if (!runs.length) list.innerHTML = '<li class="muted">None planned yet</li>';
        runs.forEach(function (at) {
          var li = document.createElement('li');
          li.textContent = new Date(at).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
          list.appendChild(li);
        });
      });
    });
    document.querySelectorAll('[data-next-run]').forEach(function (cell) {
      fetch(cell.dataset.nextRun).then(function (r) { return r.ok ? r.json() : {}; }).then(function (g) {
        if (g.nextRunAt) cell.textContent = new Date(g.nextRunAt).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
      });
    });
  }
  document.addEventListener('DOMContentLoaded', nextRuns);

  // A run's campaign launches and notifications, as the API reports them once the run has ended.
  function runLists() {
    var live = document.querySelector('#live[data-run-api]');
    if (!live || live.dataset.ended !== 'true') return;
    fetch(live.dataset.runApi).then(function (r) { return r.ok ? r.json() : {}; }).then(function (run) {
      live.querySelectorAll('[data-run-list]').forEach(function (list) {
        var items = run[list.dataset.runList] || [];
        if (!items.length) return;
        list.innerHTML = '';
        items.forEach(function (item) {
          var li = document.createElement('li');
          li.textContent = typeof item === 'object'
            ? Object.keys(item).map(function (k) { return k + ': ' + item[k]; }).join(' · ')
            : String(item);
          list.appendChild(li);
        });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', runLists);
  document.addEventListener('htmx:afterSettle', runLists);
})();

// htmx requests that change something carry the session's CSRF token, like the forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
