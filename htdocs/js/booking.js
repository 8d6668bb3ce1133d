// The day grid, enhanced: click or Space selects cells, arrow keys move, Save posts JSON to
// /booking/save and the grid refreshes from /booking/grid.json. Without this file the same
// table is a plain checkbox form posting to /booking.
(function () {
  'use strict';
  var grid = document.getElementById('booking-grid');
  var form = document.getElementById('booking-form');
  if (!grid || !form || !window.fetch) return;
  var date = grid.getAttribute('data-date');
  var message = document.getElementById('booking-message');
  var saveButton = document.getElementById('booking-save');
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute('content') : '';
  var current = null; // the cell that holds the roving tabindex

  grid.classList.add('js-enhanced');

  function cells() { return Array.prototype.slice.call(grid.querySelectorAll('td.cell')); }
  function box(td) { return td.querySelector('input[type="checkbox"]'); }

  function sync(td) {
    var cb = box(td);
    if (cb) {
      cb.tabIndex = -1;
      td.setAttribute('aria-selected', cb.checked ? 'true' : 'false');
      td.classList.toggle('cell-selected', cb.checked);
      td.removeAttribute('aria-readonly');
    } else {
      td.removeAttribute('aria-selected');
      td.setAttribute('aria-readonly', 'true');
      td.classList.remove('cell-selected');
    }
  }

  function focusCell(td, move) {
    if (!td) return;
    if (current) current.tabIndex = -1;
    current = td;
    td.tabIndex = 0;
    if (move) td.focus();
  }

  function setup() {
    cells().forEach(function (td) { td.tabIndex = -1; sync(td); });
    var keep = current && document.getElementById(current.id);
    focusCell(keep || grid.querySelector('td.cell-free, td.cell-mine') ||
              grid.querySelector('td.cell'), false);
  }

  function toggle(td) {
    var cb = box(td);
    if (!cb) return;
    cb.checked = !cb.checked;
    td.classList.remove('cell-conflict');
    sync(td);
  }

  grid.addEventListener('click', function (e) {
    var td = e.target.closest('td.cell');
    if (!td) return;
    e.preventDefault(); // the label would toggle the checkbox a second time
    toggle(td);
    focusCell(td, true);
  });

  grid.addEventListener('keydown', function (e) {
    var td = e.target.closest('td.cell');
    if (!td) return;
    var row = td.parentNode, rows = Array.prototype.slice.call(grid.tBodies[0].rows);
    var r = rows.indexOf(row), list = Array.prototype.slice.call(row.querySelectorAll('td.cell'));
    var c = list.indexOf(td), target = null;
    switch (e.key) {
      case 'ArrowRight': target = list[c + 1]; break;
      case 'ArrowLeft': target = list[c - 1]; break;
      case 'ArrowDown': if (rows[r + 1]) target = rows[r + 1].querySelectorAll('td.cell')[c]; break;
      case 'ArrowUp': if (rows[r - 1]) target = rows[r - 1].querySelectorAll('td.cell')[c]; break;
      case 'Home': target = list[0]; break;
      case 'End': target = list[list.length - 1]; break;
      case ' ': case 'Enter': toggle(td); e.preventDefault(); return;
      default: return;
    }
    e.preventDefault();
    focusCell(target, true);
  });

  function say(text, kind) {
    message.textContent = '';
    var div = document.createElement('div');
    div.className = 'alert alert-' + kind;
    div.textContent = text;
    message.appendChild(div);
  }

  // "百草厅 8:00-9:00": the row and column header texts the cell's checkbox is labelled by.
  function cellName(room, slot) {
    var r = document.getElementById('bk-r' + room), s = document.getElementById('bk-s' + slot);
    return r && s ? r.textContent + ' ' + s.textContent : room + ':' + slot;
  }

  function subject(parent, cell) {
    if (!cell.subject) return;
    var s = document.createElement('span');
    s.className = 'cell-subject';
    s.textContent = cell.subject;
    parent.appendChild(s);
  }

  // Rebuilds one cell the way the server renders it (booking/grid_html.cc; textContent only:
  // names are data).
  function paint(td, room, cell, selected, conflict) {
    td.className = 'cell cell-' + cell.state + (conflict ? ' cell-conflict' : '');
    td.textContent = '';
    td.removeAttribute('aria-describedby');
    if (cell.state === 'free' || cell.state === 'mine') {
      var free = cell.state === 'free';
      var lab = document.createElement('label'), cb = document.createElement('input');
      cb.type = 'checkbox';
      cb.name = free ? 'add' : 'cancel';
      cb.value = room.id + ':' + cell.slot;
      cb.checked = !!selected;
      cb.setAttribute('aria-labelledby', (free ? 'bk-add' : 'bk-cancel') + ' bk-r' + room.id + ' bk-s' + cell.slot);
      lab.appendChild(cb);
      lab.appendChild(document.createTextNode(free ? '空闲' : '我的'));
      subject(lab, cell);
      td.appendChild(lab);
    } else {
      if (cell.state === 'past') td.setAttribute('aria-describedby', 'bk-past');
      td.textContent = cell.user || '';
      subject(td, cell);
    }
    sync(td);
  }

  function refresh(keepSelection, conflicts) {
    var selected = {};
    if (keepSelection)
      cells().forEach(function (td) { var cb = box(td); if (cb && cb.checked) selected[cb.name + td.id] = true; });
    var bad = {};
    (conflicts || []).forEach(function (c) {
      if (!c.date || c.date === date) bad['cell-' + c.room + '-' + c.slot] = true;
    });
    return fetch('/booking/grid.json?date=' + encodeURIComponent(date), {
      credentials: 'same-origin', headers: { 'Accept': 'application/json' }
    }).then(function (r) { return r.json(); }).then(function (g) {
      if (!g.ok) return;
      var rows = grid.tBodies[0].rows;
      var same = rows.length === g.rooms.length && g.rooms.every(function (room, i) {
        return String(room.id) === rows[i].getAttribute('data-room');
      });
      if (!same) { window.location.reload(); return; } // rooms changed: take the server's page
      g.rooms.forEach(function (room) {
        room.cells.forEach(function (cell) {
          var td = document.getElementById('cell-' + room.id + '-' + cell.slot);
          if (!td) return;
          var name = cell.state === 'free' ? 'add' : 'cancel';
          paint(td, room, cell, selected[name + td.id], bad[td.id]);
        });
      });
      setup();
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var add = [], cancel = [];
    cells().forEach(function (td) {
      var cb = box(td);
      if (!cb || !cb.checked) return;
      var v = cb.value.split(':');
      var cell = { room: parseInt(v[0], 10), slot: parseInt(v[1], 10) };
      (cb.name === 'add' ? add : cancel).push(cell);
    });
    var body = { date: date, add: add, cancel: cancel };
    var note = document.getElementById('booking-note');
    if (note && note.value) body.note = note.value;
    var subject = document.getElementById('booking-subject');
    if (subject && subject.value) body.subject = subject.value;
    var weeks = document.getElementById('booking-weeks');
    if (weeks) body.weeks = parseInt(weeks.value, 10) || 1;
    saveButton.disabled = true;
    fetch('/booking/save', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (j) { return { status: r.status, body: j }; });
    }).then(function (res) {
      var j = res.body;
      if (res.status === 200) {
        say('已保存：预订 ' + j.added + ' 个时段，取消 ' + j.cancelled + ' 个时段', 'success');
        return refresh(false, []);
      }
      if (res.status === 409) {
        var names = (j.conflicts || []).map(function (c) {
          return (c.date && c.date !== date ? c.date + ' ' : '') + cellName(c.room, c.slot);
        });
        say('以下时段已被占用或预订已变化，本次未做任何更改：' + names.join('、'), 'danger');
        return refresh(true, j.conflicts);
      }
      say(j.message || '保存失败，请刷新页面后重试', 'danger');
    }).catch(function () {
      say('网络异常，保存未完成，请重试', 'danger');
    }).then(function () { saveButton.disabled = false; });
  });

  setup();
})();
