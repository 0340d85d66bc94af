// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // Wide tables turn into one card per row on small screens (DKFDS's responsive table): the class
  // is set before DKFDS.init, which copies each column's heading onto its cells.
  var tables = document.querySelectorAll('.app-content table.table');
  for (var i = 0; i < tables.length; i++) {
    tables[i].classList.add('table-md-responsive-headers');
  }
  if (window.DKFDS && typeof window.DKFDS.init === 'function') {
    window.DKFDS.init();
  }
  // The menu opener is a link to the drawer so that it works without JavaScript; with it, DKFDS opens
  // the drawer and the page must not jump.
  var openers = document.querySelectorAll('a.js-menu-open');
  for (var j = 0; j < openers.length; j++) {
    openers[j].addEventListener('click', function (event) {
      event.preventDefault();
    });
  }
  // Move focus to the error summary so keyboard and screen-reader users land on the errors.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  // "Tilføj deltager" adds the row in place: the last participant row is copied, renumbered and emptied, and
  // the focus moves to its first field. Without JavaScript the same button makes a round trip to the server,
  // which comes back at the new row.
  var MAX_PARTICIPANTS = 10;
  var addButton = document.querySelector('button[name="addParticipant"]');
  if (addButton) {
    addButton.addEventListener('click', function (event) {
      var rows = document.querySelectorAll('fieldset.app-participant');
      if (rows.length === 0 || rows.length >= MAX_PARTICIPANTS) {
        return;
      }
      event.preventDefault();
      var last = rows[rows.length - 1];
      var from = rows.length - 1;
      var to = rows.length;
      var row = last.cloneNode(true);
      var renumber = function (value) {
        return value
          .split('participants[' + from + ']').join('participants[' + to + ']')
          .split('participants' + from + '.').join('participants' + to + '.');
      };
      row.querySelectorAll('.form-error-message, .app-row-error').forEach(function (el) { el.remove(); });
      row.querySelectorAll('.form-error').forEach(function (el) { el.classList.remove('form-error'); });
      row.querySelectorAll('*').forEach(function (el) {
        ['name', 'id', 'for', 'aria-describedby'].forEach(function (attribute) {
          if (el.hasAttribute(attribute)) {
            var value = renumber(el.getAttribute(attribute));
            if (attribute === 'aria-describedby') {
              value = value.split(' ').filter(function (id) { return !/-error$/.test(id); }).join(' ');
            }
            if (value) {
              el.setAttribute(attribute, value);
            } else {
              el.removeAttribute(attribute);
            }
          }
        });
        el.removeAttribute('aria-invalid');
        if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
          if (el.type === 'radio' || el.type === 'checkbox') {
            el.checked = false;
          } else {
            el.value = '';
          }
        }
      });
      row.querySelectorAll('button[name="removeParticipant"]').forEach(function (button) {
        button.value = String(to);
        if (button.hasAttribute('aria-label')) {
          button.setAttribute('aria-label', button.getAttribute('aria-label').replace(/\d+/, String(to + 1)));
        }
      });
      var legend = row.querySelector('legend');
      if (legend) {
        legend.textContent = legend.textContent.replace(/\d+/, String(to + 1));
      }
      last.parentNode.insertBefore(row, last.nextSibling);
      if (to + 1 >= MAX_PARTICIPANTS) {
        addButton.hidden = true;
      }
      var first = row.querySelector('input:not([type=hidden]), select, textarea');
      if (first) {
        first.focus();
      }
    });
  }
})();
