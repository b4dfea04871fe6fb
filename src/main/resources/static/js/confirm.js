/*
 * Orbita: the confirmation dialog before destructive actions (shell/confirm :: dialog, one per page).
 * Plain ES2017, loaded with `defer` before app.js, so that its capture listeners run first.
 *
 * A submit button, form, link or htmx-driven element with data-confirm="question" does not go on at once:
 * the native <dialog> opens modally with the question, Cancel gets the focus, the confirm button (red) is
 * labelled with data-confirm-action (or "Delete"). Escape or Cancel closes it and focus returns to the
 * element that opened it; confirming submits the form again (a plain post or htmx, with the same submitter)
 * or clicks the element again, this time without asking. Without scripts the form simply posts.
 */
(function () {
  'use strict';

  var DIALOG_ID = 'confirm-dialog';
  var CONFIRMED = 'data-confirmed';
  var opener = null;
  var proceed = null;

  function dialog() {
    return document.getElementById(DIALOG_ID);
  }

  function closest(node, selector) {
    while (node && node.nodeType !== 1) {
      node = node.parentNode;
    }
    return node && node.closest ? node.closest(selector) : null;
  }

  function isSubmitControl(el) {
    if (!el || !el.form) {
      return false;
    }
    if (el.tagName === 'BUTTON') {
      return (el.getAttribute('type') || 'submit').toLowerCase() === 'submit';
    }
    if (el.tagName === 'INPUT') {
      var type = (el.getAttribute('type') || '').toLowerCase();
      return type === 'submit' || type === 'image';
    }
    return false;
  }

  /* The element that asks: the submitter with data-confirm, else the form, else its only asking button. */
  function asker(form, submitter) {
    if (submitter && submitter.hasAttribute && submitter.hasAttribute('data-confirm')) {
      return submitter;
    }
    if (form.hasAttribute('data-confirm')) {
      return form;
    }
    if (submitter === undefined) {
      // browsers without SubmitEvent.submitter: a form with a single asking button
      var buttons = form.querySelectorAll('button[data-confirm], input[type="submit"][data-confirm]');
      if (buttons.length === 1) {
        return buttons[0];
      }
    }
    return null;
  }

  function ask(el, focusBack, then) {
    var d = dialog();
    if (!d || typeof d.showModal !== 'function') {
      then(); // no dialog on this page or in this browser: as without scripts
      return;
    }
    if (d.open) {
      return;
    }
    var text = d.querySelector('[data-confirm-text]');
    if (text) {
      text.textContent = el.getAttribute('data-confirm');
    }
    var ok = d.querySelector('[data-confirm-ok]');
    if (ok) {
      ok.textContent = el.getAttribute('data-confirm-action') || ok.getAttribute('data-default-label') || ok.textContent;
    }
    opener = focusBack;
    proceed = then;
    d.returnValue = '';
    d.showModal();
    var cancel = d.querySelector('[data-confirm-cancel]');
    if (cancel) {
      cancel.focus();
    }
  }

  function closed() {
    var d = dialog();
    var go = d && d.returnValue === 'confirm';
    var back = opener;
    var then = proceed;
    opener = null;
    proceed = null;
    if (go && then) {
      then();
    } else if (back && back.focus && document.contains(back)) {
      back.focus();
    }
  }

  // capture phase: before htmx's and app.js's own submit listeners, so nothing goes on unconfirmed
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form || form.tagName !== 'FORM' || (form.getAttribute('method') || '').toLowerCase() === 'dialog') {
      return;
    }
    if (form.hasAttribute(CONFIRMED)) {
      form.removeAttribute(CONFIRMED);
      return;
    }
    var submitter = e.submitter;
    var el = asker(form, submitter);
    if (!el) {
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    var focusBack = submitter || (el.tagName === 'FORM' ? form.querySelector('[type="submit"], button') : el);
    ask(el, focusBack, function () {
      form.setAttribute(CONFIRMED, '');
      if (typeof form.requestSubmit === 'function') {
        if (submitter && submitter.form === form) {
          form.requestSubmit(submitter);
        } else {
          form.requestSubmit();
        }
      } else {
        form.removeAttribute(CONFIRMED);
        form.submit();
      }
    });
  }, true);

  // links and non-submit buttons with data-confirm (including htmx-driven ones)
  document.addEventListener('click', function (e) {
    var el = closest(e.target, '[data-confirm]');
    if (!el || el.tagName === 'FORM' || isSubmitControl(el)) {
      return;
    }
    if (el.hasAttribute(CONFIRMED)) {
      el.removeAttribute(CONFIRMED);
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    ask(el, el, function () {
      el.setAttribute(CONFIRMED, '');
      el.click();
    });
  }, true);

  function start() {
    var d = dialog();
    if (d) {
      // 'close' does not bubble: listen on the dialog itself (Escape fires cancel, then close)
      d.addEventListener('close', closed);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
