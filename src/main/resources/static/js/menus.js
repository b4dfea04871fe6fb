/*
 * Orbita: the shell's few Bootstrap behaviours, without shipping Bootstrap's script (83 KB that every page parsed
 * for three menus; issue 7 §10). Plain ES2017, loaded with `defer`.
 *
 *  - [data-bs-toggle=dropdown]: the button opens and closes the .dropdown-menu beside it (aria-expanded follows);
 *    a click elsewhere, Escape (focus back on the button) or opening another menu closes it; ↓ from the button goes
 *    into the menu, ↑/↓ walk its items.
 *  - [data-bs-toggle=collapse][data-bs-target]: shows and hides the target (the sidebar on phones).
 *  - [data-bs-dismiss=alert]: removes its alert.
 */
(function () {
  'use strict';

  function menuOf(toggle) {
    var parent = toggle.closest('.dropdown') || toggle.parentNode;
    return parent ? parent.querySelector('.dropdown-menu') : null;
  }

  function items(menu) {
    return Array.prototype.slice.call(menu.querySelectorAll('a.dropdown-item, button.dropdown-item, .dropdown-item button, button:not([disabled])'))
      .filter(function (el) { return el.offsetParent !== null; });
  }

  function close(toggle, focusBack) {
    var menu = menuOf(toggle);
    if (menu) {
      menu.classList.remove('show');
    }
    toggle.setAttribute('aria-expanded', 'false');
    if (focusBack) {
      toggle.focus();
    }
  }

  function closeAll(except) {
    document.querySelectorAll('[data-bs-toggle=dropdown][aria-expanded=true]').forEach(function (t) {
      if (t !== except) {
        close(t, false);
      }
    });
  }

  function open(toggle) {
    closeAll(toggle);
    var menu = menuOf(toggle);
    if (menu) {
      menu.classList.add('show');
      toggle.setAttribute('aria-expanded', 'true');
    }
  }

  document.addEventListener('click', function (e) {
    var target = e.target;
    var toggle = target.closest ? target.closest('[data-bs-toggle=dropdown]') : null;
    if (toggle) {
      e.preventDefault();
      if (toggle.getAttribute('aria-expanded') === 'true') {
        close(toggle, false);
      } else {
        open(toggle);
      }
      return;
    }
    if (!(target.closest && target.closest('.dropdown-menu.show'))) {
      closeAll(null);
    }
    var collapse = target.closest ? target.closest('[data-bs-toggle=collapse]') : null;
    if (collapse) {
      var panel = document.querySelector(collapse.getAttribute('data-bs-target'));
      if (panel) {
        var shown = panel.classList.toggle('show');
        collapse.setAttribute('aria-expanded', shown ? 'true' : 'false');
      }
    }
    var dismiss = target.closest ? target.closest('[data-bs-dismiss=alert]') : null;
    if (dismiss && !dismiss.closest('.orbita-toast')) {
      var alert = dismiss.closest('.alert');
      if (alert) {
        alert.remove();
      }
    }
  });

  document.addEventListener('keydown', function (e) {
    var openToggle = document.querySelector('[data-bs-toggle=dropdown][aria-expanded=true]');
    var onToggle = e.target.matches && e.target.matches('[data-bs-toggle=dropdown]');
    if (e.key === 'Escape' && openToggle) {
      e.preventDefault();
      close(openToggle, true);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') {
      return;
    }
    var toggle = onToggle ? e.target : openToggle;
    if (!toggle) {
      return;
    }
    var menu = menuOf(toggle);
    if (!menu || !(onToggle || menu.contains(e.target))) {
      return;
    }
    if (!menu.classList.contains('show')) {
      open(toggle);
    }
    var list = items(menu);
    if (!list.length) {
      return;
    }
    e.preventDefault();
    var index = list.indexOf(document.activeElement);
    var next = e.key === 'ArrowDown' ? index + 1 : index - 1;
    list[(next + list.length) % list.length].focus();
  });
}());
