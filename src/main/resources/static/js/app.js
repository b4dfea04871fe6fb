/*
 * Orbita: the shell's behaviour. Plain ES2017, no modules, loaded with `defer` after htmx.
 * CSP forbids inline scripts and handlers, so everything is wired here by delegation:
 *  - CSRF header on every htmx request (from <meta name="_csrf"> / <meta name="_csrf_header">)
 *  - global search: "/" or Ctrl+K / Cmd+K focuses it; arrows, Enter and Escape drive the results
 *  - (data-confirm on buttons, forms and links opens the confirmation dialog: see confirm.js)
 *  - data-warn-unsaved forms: warn before leaving with unsaved changes
 *  - [data-autohide] toasts fade out after 5 s (or data-autohide="ms")
 *  - [data-href] table rows navigate on click
 *  - <time datetime="..." data-relative> shows "3 hours ago" within the last 7 days
 *  - htmx: 422 responses are swapped (inline validation); other errors show a toast;
 *    a request that lands on the sign-in page (expired session) reloads the whole page there
 *  - record tabs ([data-record-tab], shell/record :: tabs): the clicked tab is marked selected while
 *    htmx loads its panel; slots (.orbita-slot, hx-trigger="load") that fail show their error text
 */
(function () {
  'use strict';

  var SEARCH_ID = 'global-search';
  var RESULTS_ID = 'global-search-results';
  var TOAST_DELAY = 5000;
  var RELATIVE_LIMIT_MS = 7 * 24 * 60 * 60 * 1000;

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    var value = el ? el.getAttribute('content') : null;
    return value ? value : null;
  }

  function closest(node, selector) {
    while (node && node.nodeType !== 1) {
      node = node.parentNode;
    }
    return node && node.closest ? node.closest(selector) : null;
  }

  function isEditable(el) {
    if (!el || el.nodeType !== 1) {
      return false;
    }
    if (el.isContentEditable) {
      return true;
    }
    var tag = el.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT') {
      return true;
    }
    if (tag === 'INPUT') {
      var type = (el.getAttribute('type') || 'text').toLowerCase();
      return ['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image'].indexOf(type) < 0;
    }
    return false;
  }

  function safeHref(href) {
    if (!href) {
      return null;
    }
    try {
      var url = new URL(href, window.location.href);
      return (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  /* ------------------------------------------------------------ CSRF for htmx */

  document.addEventListener('htmx:configRequest', function (evt) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header && evt.detail && evt.detail.headers) {
      evt.detail.headers[header] = token;
    }
  });

  /* ------------------------------------------------------------ toasts */

  var toastTimers = typeof WeakMap === 'function' ? new WeakMap() : null;

  function dismissToast(el) {
    if (!el || !el.parentNode || el.classList.contains('is-hiding')) {
      return;
    }
    var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (reduce) {
      el.parentNode.removeChild(el);
      return;
    }
    el.classList.add('is-hiding');
    var removed = false;
    var remove = function () {
      if (!removed && el.parentNode) {
        removed = true;
        el.parentNode.removeChild(el);
      }
    };
    el.addEventListener('transitionend', remove);
    window.setTimeout(remove, 400);
  }

  function startToastTimer(el) {
    if (!toastTimers) {
      window.setTimeout(function () { dismissToast(el); }, TOAST_DELAY);
      return;
    }
    var delay = parseInt(el.getAttribute('data-autohide'), 10);
    if (!(delay > 0)) {
      delay = TOAST_DELAY;
    }
    window.clearTimeout(toastTimers.get(el));
    toastTimers.set(el, window.setTimeout(function () { dismissToast(el); }, delay));
  }

  function stopToastTimer(el) {
    if (toastTimers) {
      window.clearTimeout(toastTimers.get(el));
    }
  }

  function armToasts(root) {
    var list = [];
    if (root.matches && root.matches('[data-autohide]')) {
      list.push(root);
    }
    Array.prototype.push.apply(list, root.querySelectorAll ? root.querySelectorAll('[data-autohide]') : []);
    list.forEach(function (el) {
      if (el.hasAttribute('data-autohide-armed')) {
        return;
      }
      el.setAttribute('data-autohide-armed', '');
      // keep the toast while the pointer or keyboard focus is on it
      el.addEventListener('mouseenter', function () { stopToastTimer(el); });
      el.addEventListener('mouseleave', function () { startToastTimer(el); });
      el.addEventListener('focusin', function () { stopToastTimer(el); });
      el.addEventListener('focusout', function () { startToastTimer(el); });
      startToastTimer(el);
    });
  }

  function showToast(text, tone) {
    var region = document.getElementById('toast-region');
    if (!region || !text) {
      return;
    }
    var alert = document.createElement('div');
    alert.className = 'alert alert-' + (tone || 'danger') + ' alert-dismissible orbita-toast';
    alert.setAttribute('role', tone === 'danger' ? 'alert' : 'status');
    alert.setAttribute('data-autohide', '');
    var body = document.createElement('div');
    body.className = 'orbita-toast-body';
    var span = document.createElement('span');
    span.textContent = text;
    body.appendChild(span);
    alert.appendChild(body);
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close';
    close.setAttribute('data-bs-dismiss', 'alert');
    close.setAttribute('aria-label', region.getAttribute('data-close-text') || 'Close');
    alert.appendChild(close);
    region.appendChild(alert);
    armToasts(alert);
  }

  // the toast's dismiss button (no Bootstrap script on the pages: js/menus.js)
  document.addEventListener('click', function (e) {
    var btn = closest(e.target, '.orbita-toast .btn-close');
    if (btn) {
      dismissToast(btn.closest('.orbita-toast'));
    }
  });

  window.Orbita = window.Orbita || {};
  window.Orbita.toast = showToast;

  /* ------------------------------------------------------------ relative time */

  function startOfDay(d) {
    return new Date(d.getFullYear(), d.getMonth(), d.getDate());
  }

  function relativeText(rtf, date, now) {
    var diff = date.getTime() - now.getTime(); // negative = past
    var abs = Math.abs(diff);
    var days = Math.round((startOfDay(date).getTime() - startOfDay(now).getTime()) / 86400000);
    if (abs < 45 * 1000) {
      return rtf.format(0, 'second'); // "now" / "agora"
    }
    if (abs < 45 * 60 * 1000) {
      return rtf.format(Math.round(diff / 60000), 'minute');
    }
    if (abs < 12 * 60 * 60 * 1000 || days === 0) {
      return rtf.format(Math.round(diff / 3600000), 'hour');
    }
    return rtf.format(days, 'day'); // "yesterday" / "ontem", "3 days ago" / "há 3 dias"
  }

  function enhanceTimes(root) {
    if (typeof Intl === 'undefined' || !Intl.RelativeTimeFormat || !Intl.DateTimeFormat) {
      return;
    }
    var lang = document.documentElement.lang || undefined;
    var rtf;
    var dtf;
    try {
      rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
      dtf = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    } catch (e) {
      return;
    }
    var now = new Date();
    var nodes = [];
    if (root.matches && root.matches('time[data-relative][datetime]')) {
      nodes.push(root);
    }
    Array.prototype.push.apply(nodes, root.querySelectorAll ? root.querySelectorAll('time[data-relative][datetime]') : []);
    nodes.forEach(function (el) {
      var date = new Date(el.getAttribute('datetime'));
      if (isNaN(date.getTime())) {
        return;
      }
      el.setAttribute('title', dtf.format(date));
      var age = now.getTime() - date.getTime();
      // the last 7 days; a minute into the future is clock skew, still "now"
      if (age <= RELATIVE_LIMIT_MS && age > -60 * 1000) {
        if (!el.hasAttribute('data-absolute')) {
          el.setAttribute('data-absolute', el.textContent);
        }
        el.textContent = relativeText(rtf, date, now);
      } else if (el.hasAttribute('data-absolute')) {
        el.textContent = el.getAttribute('data-absolute');
      }
    });
  }

  /* ------------------------------------------------------------ global search */

  function searchInput() {
    return document.getElementById(SEARCH_ID);
  }

  function resultsBox() {
    return document.getElementById(RESULTS_ID);
  }

  function resultItems() {
    var box = resultsBox();
    return box ? Array.prototype.slice.call(box.querySelectorAll('a[href]')) : [];
  }

  function hasResults() {
    var box = resultsBox();
    return !!(box && box.firstElementChild);
  }

  function resultsOpen() {
    var box = resultsBox();
    return !!(box && !box.hidden && box.firstElementChild);
  }

  function setExpanded(open) {
    var input = searchInput();
    if (input) {
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (!open) {
        input.removeAttribute('aria-activedescendant');
      }
    }
  }

  function openResults() {
    var box = resultsBox();
    if (!box) {
      return;
    }
    if (box.firstElementChild) {
      box.hidden = false;
      setExpanded(true);
    } else {
      closeResults();
    }
  }

  function closeResults() {
    var box = resultsBox();
    if (box) {
      box.hidden = true;
    }
    setActive(-1);
    setExpanded(false);
  }

  function clearResults() {
    var box = resultsBox();
    var input = searchInput();
    if (input && window.htmx) {
      window.htmx.trigger(input, 'htmx:abort');
    }
    if (box) {
      box.innerHTML = '';
    }
    closeResults();
  }

  function activeIndex(items) {
    for (var i = 0; i < items.length; i++) {
      if (items[i].classList.contains('active')) {
        return i;
      }
    }
    return -1;
  }

  function setActive(index) {
    var items = resultItems();
    var input = searchInput();
    items.forEach(function (item, i) {
      var on = i === index;
      item.classList.toggle('active', on);
      item.setAttribute('aria-selected', on ? 'true' : 'false');
    });
    if (!input) {
      return;
    }
    if (index >= 0 && items[index]) {
      input.setAttribute('aria-activedescendant', items[index].id);
      if (items[index].scrollIntoView) {
        items[index].scrollIntoView({ block: 'nearest' });
      }
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function prepareResults() {
    resultItems().forEach(function (item, i) {
      if (!item.id) {
        item.id = RESULTS_ID + '-' + i;
      }
      if (!item.hasAttribute('role')) {
        item.setAttribute('role', 'option');
      }
      item.setAttribute('aria-selected', 'false');
    });
  }

  function moveActive(step) {
    var items = resultItems();
    if (!items.length) {
      return;
    }
    if (!resultsOpen()) {
      openResults();
    }
    var current = activeIndex(items);
    var next;
    if (current < 0) {
      next = step > 0 ? 0 : items.length - 1;
    } else {
      next = (current + step + items.length) % items.length;
    }
    setActive(next);
  }

  function focusSearch() {
    var input = searchInput();
    if (!input) {
      return false;
    }
    input.focus();
    if (input.select) {
      input.select();
    }
    if (hasResults() && input.value.trim()) {
      openResults();
    }
    return true;
  }

  // "/" (outside text fields) and Ctrl+K / Cmd+K (anywhere) jump to the search box
  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.isComposing) {
      return;
    }
    var key = e.key;
    var ctrlK = (key === 'k' || key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
    var slash = key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (ctrlK || (slash && !isEditable(e.target))) {
      if (e.target === searchInput() && slash) {
        return;
      }
      if (focusSearch()) {
        e.preventDefault();
      }
    }
  });

  // keys inside the search box and its results. Capture phase, so that Bootstrap's dropdown
  // key handling (the results list carries .dropdown-menu) never sees these keys.
  document.addEventListener('keydown', function (e) {
    var input = searchInput();
    if (!input || e.isComposing) {
      return;
    }
    var inSearch = e.target === input;
    var inResults = !inSearch && !!closest(e.target, '#' + RESULTS_ID);
    if (!inSearch && !inResults) {
      return;
    }
    var items;
    var index;
    switch (e.key) {
      case 'ArrowDown':
      case 'Down':
      case 'ArrowUp':
      case 'Up':
        items = resultItems();
        if (!items.length) {
          return;
        }
        e.preventDefault();
        e.stopPropagation();
        var step = (e.key === 'ArrowDown' || e.key === 'Down') ? 1 : -1;
        if (inSearch) {
          moveActive(step);
        } else {
          // focus is on a result (reached with Tab): arrows walk the list, up from the first goes home
          index = items.indexOf(closest(e.target, 'a[href]'));
          if (index + step < 0) {
            setActive(-1);
            input.focus();
          } else if (index + step < items.length) {
            setActive(index + step);
            items[index + step].focus();
          }
        }
        break;
      case 'Enter':
        if (inSearch && resultsOpen()) {
          items = resultItems();
          index = activeIndex(items);
          if (index >= 0) {
            e.preventDefault();
            e.stopPropagation();
            items[index].click();
          }
        }
        break;
      case 'Escape':
      case 'Esc':
        if (inResults || input.value || resultsOpen()) {
          e.preventDefault();
          e.stopPropagation();
          input.value = '';
          clearResults();
          input.focus();
        }
        break;
      default:
        break;
    }
  }, true);

  document.addEventListener('input', function (e) {
    var input = searchInput();
    if (input && e.target === input && !input.value.trim()) {
      clearResults();
    }
  });

  document.addEventListener('focusin', function (e) {
    var input = searchInput();
    if (input && e.target === input && input.value.trim() && hasResults()) {
      openResults();
    }
  });

  // close when focus or a click goes elsewhere
  function outsideSearch(node) {
    return !closest(node, '.global-search');
  }

  document.addEventListener('click', function (e) {
    if (resultsOpen() && outsideSearch(e.target)) {
      closeResults();
    }
  });

  document.addEventListener('focusout', function (e) {
    if (!closest(e.target, '.global-search')) {
      return;
    }
    var next = e.relatedTarget;
    if (next && outsideSearch(next)) {
      closeResults();
    }
  });

  function afterResultsSwap() {
    var input = searchInput();
    if (!input || !input.value.trim()) {
      clearResults();
      return;
    }
    prepareResults();
    setActive(-1);
    if (document.activeElement === input || closest(document.activeElement, '.global-search')) {
      openResults();
    } else {
      closeResults();
    }
  }

  /* ------------------------------------------------------------ submitting clears the unsaved-changes mark */

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form && form.tagName === 'FORM' && form.hasAttribute('data-warn-unsaved')) {
      form.removeAttribute('data-dirty');
    }
  }, true);

  /* ------------------------------------------------------------ unsaved changes */

  function markDirty(e) {
    var form = closest(e.target, 'form[data-warn-unsaved]');
    if (form && e.target !== form) {
      form.setAttribute('data-dirty', '');
    }
  }

  document.addEventListener('input', markDirty);
  document.addEventListener('change', markDirty);

  window.addEventListener('beforeunload', function (e) {
    if (document.querySelector('form[data-warn-unsaved][data-dirty]')) {
      e.preventDefault();
      e.returnValue = '';
      return '';
    }
    return undefined;
  });

  // a "cancel"/reset clears the warning
  document.addEventListener('reset', function (e) {
    if (e.target && e.target.removeAttribute) {
      e.target.removeAttribute('data-dirty');
    }
  });

  /* ------------------------------------------------------------ clickable rows */

  var ROW_SKIP = 'a, button, input, select, textarea, label, summary, details, [role="button"], [data-no-rowlink]';

  function rowTarget(e) {
    var row = closest(e.target, '[data-href]');
    if (!row) {
      return null;
    }
    var interactive = closest(e.target, ROW_SKIP);
    if (interactive && row.contains(interactive)) {
      return null; // the link or control handles it
    }
    var selection = window.getSelection ? String(window.getSelection()) : '';
    if (selection.length > 0) {
      return null; // the user is selecting text
    }
    return safeHref(row.getAttribute('data-href'));
  }

  document.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0) {
      return;
    }
    var href = rowTarget(e);
    if (!href) {
      return;
    }
    if (e.ctrlKey || e.metaKey || e.shiftKey) {
      window.open(href, '_blank', 'noopener');
    } else {
      window.location.assign(href);
    }
  });

  document.addEventListener('auxclick', function (e) {
    if (e.defaultPrevented || e.button !== 1) {
      return;
    }
    var href = rowTarget(e);
    if (href) {
      e.preventDefault();
      window.open(href, '_blank', 'noopener');
    }
  });

  /* ------------------------------------------------------------ htmx integration */

  function enhance(root) {
    if (!root) {
      return;
    }
    enhanceTimes(root);
    armToasts(root);
  }

  document.addEventListener('htmx:afterSwap', function (evt) {
    var target = evt.detail && evt.detail.target;
    if (target && target.id === RESULTS_ID) {
      afterResultsSwap();
    }
    enhance(target || document);
  });

  document.addEventListener('htmx:oobAfterSwap', function (evt) {
    enhance((evt.detail && evt.detail.target) || document);
  });

  function loginRedirect(xhr) {
    if (!xhr || !xhr.responseURL) {
      return null;
    }
    try {
      var url = new URL(xhr.responseURL);
      if (url.origin === window.location.origin && url.pathname === '/login' && window.location.pathname !== '/login') {
        return url.href;
      }
    } catch (e) {
      return null;
    }
    return null;
  }

  document.addEventListener('htmx:beforeSwap', function (evt) {
    var detail = evt.detail || {};
    var xhr = detail.xhr;
    // the session expired: the request was redirected to the sign-in page
    var login = loginRedirect(xhr);
    if (login) {
      detail.shouldSwap = false;
      window.location.assign(login);
      return;
    }
    // 422 Unprocessable Content carries the form again with inline validation messages
    if (xhr && xhr.status === 422) {
      detail.shouldSwap = true;
      detail.isError = false;
    }
    // a list cell edited in place shows its refusal (not allowed, gone, changed meanwhile) in the cell itself
    if (xhr && [403, 404, 409].indexOf(xhr.status) >= 0 && detail.target && detail.target.hasAttribute
        && detail.target.hasAttribute('data-cell')) {
      detail.shouldSwap = true;
      detail.isError = false;
    }
  });

  document.addEventListener('htmx:responseError', function (evt) {
    var xhr = evt.detail && evt.detail.xhr;
    if (xhr && xhr.status === 422) {
      return;
    }
    if (slotFailed(evt.detail && evt.detail.elt)) {
      return;
    }
    var region = document.getElementById('toast-region');
    if (region) {
      showToast(region.getAttribute('data-error-text'), 'danger');
    }
  });

  document.addEventListener('htmx:sendError', function (evt) {
    if (slotFailed(evt.detail && evt.detail.elt)) {
      return;
    }
    var region = document.getElementById('toast-region');
    if (region) {
      showToast(region.getAttribute('data-offline-text'), 'danger');
    }
  });

  /* ------------------------------------------------------------ record tabs and slots */

  function selectTab(tab) {
    var list = tab.closest('[role="tablist"]');
    if (!list) {
      return;
    }
    Array.prototype.forEach.call(list.querySelectorAll('[data-record-tab]'), function (t) {
      var on = t === tab;
      t.classList.toggle('active', on);
      t.setAttribute('aria-selected', on ? 'true' : 'false');
    });
    var panel = document.getElementById(tab.getAttribute('aria-controls'));
    if (panel) {
      panel.setAttribute('aria-labelledby', tab.id);
      panel.setAttribute('aria-busy', 'true');
    }
  }

  document.addEventListener('htmx:beforeRequest', function (evt) {
    var elt = evt.detail && evt.detail.elt;
    if (elt && elt.matches && elt.matches('[data-record-tab]')) {
      selectTab(elt);
    }
  });

  document.addEventListener('htmx:afterRequest', function (evt) {
    var elt = evt.detail && evt.detail.elt;
    if (elt && elt.matches && elt.matches('[data-record-tab]')) {
      var panel = document.getElementById(elt.getAttribute('aria-controls'));
      if (panel) {
        panel.removeAttribute('aria-busy');
      }
    }
  });

  function slotFailed(elt) {
    if (!elt || !elt.matches || !elt.matches('.orbita-slot')) {
      return false;
    }
    var text = document.createElement('p');
    text.className = 'text-secondary m-0';
    text.setAttribute('role', 'status');
    text.textContent = elt.getAttribute('data-error-text') || '';
    elt.innerHTML = '';
    elt.appendChild(text);
    elt.removeAttribute('aria-busy');
    return true;
  }

  /* ------------------------------------------------------------ start */

  function start() {
    enhance(document);
    var box = resultsBox();
    if (box && !box.firstElementChild) {
      setExpanded(false);
    }
    // keep "3 minutes ago" honest on long-open pages
    window.setInterval(function () { enhanceTimes(document); }, 60 * 1000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
