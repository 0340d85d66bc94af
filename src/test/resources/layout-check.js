// Layout problems a person would notice on the current page; run by Browser.layoutProblems().
// Returns a list of sentences; empty when the page is sound.
var problems = [];
var doc = document.documentElement;
if (doc.scrollWidth > doc.clientWidth) {
  problems.push('the page scrolls sideways: ' + doc.scrollWidth + ' px wide in a ' + doc.clientWidth + ' px window');
}

function describe(el) {
  var text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
  var name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + (el.classList.length ? '.' + Array.prototype.join.call(el.classList, '.') : '');
  return name + (text ? ' "' + text.substring(0, 40) + '"' : '');
}

function visible(el) {
  // The content of a closed <details> is not drawn, but Chrome still reports boxes for it (content-visibility).
  var closed = el.closest('details:not([open])');
  if (closed && closed !== el && !el.closest('summary')) {
    return false;
  }
  var style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none' || parseFloat(style.opacity) === 0) {
    return false;
  }
  var rect = el.getBoundingClientRect();
  // Visually hidden text (sr-only) and off-screen honeypots are not drawn.
  if (rect.width <= 2 || rect.height <= 2 || rect.right < 0 || rect.bottom < -window.scrollY) {
    return false;
  }
  for (var p = el; p; p = p.parentElement) {
    var s = getComputedStyle(p);
    if (s.display === 'none' || s.visibility === 'hidden') {
      return false;
    }
    if (s.clip && s.clip !== 'auto' && s.position === 'absolute') {
      return false;
    }
  }
  return true;
}

// Things a person reads or uses. Checkboxes and radio buttons are drawn by their labels in DKFDS.
var selector = 'a, button, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea, '
    + 'label, h1, h2, h3, h4, p, td, th, dt, dd, legend, img, summary, .form-hint, .form-error-message, .badge';
var elements = Array.prototype.filter.call(document.querySelectorAll(selector), function (el) {
  return visible(el) && !el.closest('.mobile-drawer:not(.is-visible), .overlay:not(.is-visible)');
});
var boxes = elements.map(function (el) {
  return Array.prototype.slice.call(el.getClientRects()).filter(function (r) { return r.width > 2 && r.height > 2; });
});

function overlaps(a, b) {
  var tolerance = 1.5;
  return a.left < b.right - tolerance && b.left < a.right - tolerance
      && a.top < b.bottom - tolerance && b.top < a.bottom - tolerance;
}

var reported = 0;
for (var i = 0; i < elements.length && reported < 10; i++) {
  for (var j = i + 1; j < elements.length && reported < 10; j++) {
    var a = elements[i], b = elements[j];
    if (a.contains(b) || b.contains(a)) {
      continue;
    }
    // A label drawn around its own control (DKFDS radio and checkbox labels) is one thing.
    if ((a.tagName === 'LABEL' && a.control === b) || (b.tagName === 'LABEL' && b.control === a)) {
      continue;
    }
    var hit = boxes[i].some(function (ra) { return boxes[j].some(function (rb) { return overlaps(ra, rb); }); });
    if (hit) {
      problems.push(describe(a) + ' overlaps ' + describe(b));
      reported++;
    }
  }
}

// Text that runs out of its box (a long word in a narrow cell) draws over its neighbours.
elements.forEach(function (el) {
  var style = getComputedStyle(el);
  if (style.display === 'inline' || style.overflowX !== 'visible' || el.tagName === 'SELECT'
      || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'IMG') {
    return;
  }
  if (el.scrollWidth > el.clientWidth + 2 && el.clientWidth > 0) {
    problems.push(describe(el) + ' has content ' + el.scrollWidth + ' px wide in a ' + el.clientWidth + ' px box');
  }
});
return problems;
