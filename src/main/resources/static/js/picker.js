/*
 * Orbita record picker (templates/shell/picker.html): an ARIA combobox over a hidden id field.
 * Typing fetches /picker/{type}?q=… (HTML <li role=option> choices, escaped by the server) after a short
 * pause; ↓/↑ walk the choices (aria-activedescendant), Enter or a click picks, Escape closes the list or,
 * when it is closed, puts back the last picked value; leaving the field with text that was not picked puts
 * the last value back too, and leaving it empty means "none". The "+ New" choice opens the form in a new tab.
 */
(function () {
  'use strict';

  function setup(root) {
    if (root.getAttribute('data-picker-ready')) {
      return;
    }
    root.setAttribute('data-picker-ready', 'true');
    var input = root.querySelector('[data-picker-input]');
    var hidden = root.querySelector('[data-picker-value]');
    var list = root.querySelector('[role=listbox]');
    var clear = root.querySelector('[data-picker-clear]');
    var committed = { value: hidden.value, title: input.value };
    var timer = null;
    var sequence = 0;
    var active = -1;

    function options() {
      return list.querySelectorAll('[role=option]');
    }

    function isOpen() {
      return !list.hidden;
    }

    function open() {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var all = options();
      if (!all.length) {
        return;
      }
      active = (index + all.length) % all.length;
      for (var i = 0; i < all.length; i++) {
        all[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
        all[i].classList.toggle('active', i === active);
      }
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    function load() {
      var typed = input.value.trim();
      var mine = ++sequence;
      var url = root.getAttribute('data-picker-url') + '?q=' + encodeURIComponent(typed);
      var exclude = root.getAttribute('data-exclude');
      if (exclude) {
        url += '&exclude=' + encodeURIComponent(exclude);
      }
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          if (mine !== sequence) {
            return; // an answer to an older query
          }
          list.innerHTML = html;
          var all = options();
          for (var i = 0; i < all.length; i++) {
            all[i].id = list.id + '-' + i;
          }
          active = -1;
          input.removeAttribute('aria-activedescendant');
          open();
        })
        .catch(function () { close(); });
    }

    function commit(value, title) {
      var changed = hidden.value !== value;
      hidden.value = value;
      input.value = title;
      committed = { value: value, title: title };
      if (clear) {
        clear.hidden = !value;
      }
      if (changed) {
        hidden.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    function choose(option) {
      close();
      var href = option.getAttribute('data-href');
      if (href) {
        window.open(href, '_blank', 'noopener');
        input.value = committed.title;
        return;
      }
      commit(option.getAttribute('data-value'), option.getAttribute('data-title'));
    }

    function restore() {
      input.value = committed.title;
      hidden.value = committed.value;
    }

    input.addEventListener('input', function () {
      if (clear) {
        clear.hidden = input.value === '' && !committed.value;
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(load, 200);
    });

    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!isOpen()) {
          load();
        } else {
          highlight(active + (e.key === 'ArrowDown' ? 1 : -1));
        }
      } else if (e.key === 'Enter') {
        if (isOpen()) {
          e.preventDefault(); // never submit the form while choosing
          var all = options();
          if (active >= 0 && all[active]) {
            choose(all[active]);
          } else if (all.length === 1) {
            choose(all[0]);
          }
        }
      } else if (e.key === 'Escape') {
        if (isOpen()) {
          e.preventDefault();
          e.stopPropagation();
          close();
        } else if (input.value !== committed.title) {
          e.preventDefault();
          restore();
        }
      } else if (e.key === 'Tab') {
        close();
      }
    });

    list.addEventListener('mousedown', function (e) {
      e.preventDefault(); // keep the focus in the text box
    });

    list.addEventListener('click', function (e) {
      var option = e.target.closest('[role=option]');
      if (option) {
        choose(option);
        input.focus();
      }
    });

    root.addEventListener('focusout', function (e) {
      if (e.relatedTarget && root.contains(e.relatedTarget)) {
        return;
      }
      close();
      if (input.value.trim() === '') {
        commit('', '');
      } else if (input.value !== committed.title) {
        restore();
      }
    });

    if (clear) {
      clear.addEventListener('click', function () {
        commit('', '');
        close();
        input.focus();
      });
    }
  }

  function setupAll(root) {
    var pickers = root.querySelectorAll ? root.querySelectorAll('[data-picker]') : [];
    for (var i = 0; i < pickers.length; i++) {
      setup(pickers[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { setupAll(document); });
  } else {
    setupAll(document);
  }
  document.addEventListener('htmx:afterSwap', function (e) { setupAll(e.target); });
})();
