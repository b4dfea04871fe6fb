/*
 * Orbita shell extras (CSP-safe, no inline handlers):
 *  - "?" outside text fields opens the keyboard shortcut help (<dialog id="shortcut-help"> in layout/page.html);
 *    Escape or its close button closes it and focus returns where it was.
 *  - [data-copy-target="#id"] buttons copy that field's value to the clipboard and say so
 *    (data-copied-text) in the button and to screen readers.
 */
(function () {
  'use strict';

  function editable(el) {
    if (!el || !el.tagName) {
      return false;
    }
    var tag = el.tagName.toLowerCase();
    return el.isContentEditable || tag === 'input' || tag === 'textarea' || tag === 'select';
  }

  var returnFocus = null;

  function help() {
    return document.getElementById('shortcut-help');
  }

  function openHelp() {
    var dialog = help();
    if (!dialog || dialog.open || typeof dialog.showModal !== 'function') {
      return false;
    }
    returnFocus = document.activeElement;
    dialog.showModal();
    return true;
  }

  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    if (e.key === '?' && !editable(e.target) && !document.querySelector('dialog[open]')) {
      if (openHelp()) {
        e.preventDefault();
      }
    }
  });

  document.addEventListener('click', function (e) {
    var opener = e.target.closest ? e.target.closest('[data-shortcut-help]') : null;
    if (opener && openHelp()) {
      e.preventDefault();
      return;
    }
    var closer = e.target.closest ? e.target.closest('#shortcut-help [data-close]') : null;
    if (closer) {
      help().close();
    }
  });

  document.addEventListener('close', function (e) {
    if (e.target === help() && returnFocus && typeof returnFocus.focus === 'function') {
      returnFocus.focus();
      returnFocus = null;
    }
  }, true);

  function copied(button) {
    var label = button.querySelector('[data-copy-label]') || button;
    var before = label.textContent;
    label.textContent = button.getAttribute('data-copied-text') || before;
    button.classList.add('orbita-copied');
    window.setTimeout(function () {
      label.textContent = before;
      button.classList.remove('orbita-copied');
    }, 2000);
    var live = document.getElementById('copy-status');
    if (live) {
      live.textContent = button.getAttribute('data-copied-text') || '';
    }
  }

  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('[data-copy-target]') : null;
    if (!button) {
      return;
    }
    var field = document.querySelector(button.getAttribute('data-copy-target'));
    if (!field) {
      return;
    }
    e.preventDefault();
    var value = field.value !== undefined ? field.value : field.textContent;
    function fallback() {
      field.focus();
      if (field.select) {
        field.select();
      }
      try {
        if (document.execCommand('copy')) {
          copied(button);
        }
      } catch (ignored) {
        // the text stays selected for Ctrl+C
      }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(value).then(function () { copied(button); }, fallback);
    } else {
      fallback();
    }
  });
})();
