// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  if (window.DKFDS && typeof window.DKFDS.init === 'function') {
    window.DKFDS.init();
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
