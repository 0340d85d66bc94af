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
  // htmx requests carry the CSRF token from the page's meta tags.
  document.body.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
