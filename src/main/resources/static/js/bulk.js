/*
 * Orbita: the list table's selection bar (shell/list :: table, bulk actions). Plain ES2017, no inline script.
 *
 * Row checkboxes (data-bulk-row) belong to the bar's form through their form attribute; the header checkbox
 * (data-bulk-page) selects the page's rows, "all matching" (data-bulk-all) the whole filtered list. The bar says how
 * many are selected and shows its actions (data-bulk-action) only while something is. Without scripts every action
 * is shown and the form posts the checked rows as they are. Event delegation: works after htmx swaps the rows.
 *
 * Cells edited in place (data-cell, shell/list :: cellEditor): the editor's field takes the focus when it opens,
 * Enter saves (also from a select), Escape puts the cell back, and after either the focus returns to the cell's
 * edit button.
 */
(function () {
  'use strict';

  function bar(el) {
    if (el.hasAttribute('data-bulk')) {
      return el;
    }
    var id = el.getAttribute('form');
    if (id) {
      return document.getElementById(id);
    }
    return el.closest('[data-bulk]') || document.querySelector('[data-bulk]');
  }

  function rows(form) {
    return Array.prototype.slice.call(document.querySelectorAll('[data-bulk-row][form="' + form.id + '"]'));
  }

  function update(form) {
    if (!form) {
      return;
    }
    var boxes = rows(form);
    var checked = boxes.filter(function (b) { return b.checked; }).length;
    var all = form.querySelector('[data-bulk-all]');
    var everything = all && all.checked;
    var count = form.querySelector('[data-bulk-count]');
    if (count) {
      count.textContent = everything ? count.getAttribute('data-all')
        : checked > 0 ? count.getAttribute('data-some').replace('{0}', String(checked))
        : count.getAttribute('data-none');
    }
    var page = document.querySelector('[data-bulk-page]');
    if (page) {
      page.checked = boxes.length > 0 && checked === boxes.length;
      page.indeterminate = checked > 0 && checked < boxes.length;
    }
    var active = everything || checked > 0;
    form.querySelectorAll('[data-bulk-action]').forEach(function (el) {
      el.hidden = !active;
      if (!active && el.tagName === 'DETAILS') {
        el.open = false;
      }
    });
  }

  document.addEventListener('change', function (e) {
    var el = e.target;
    if (!el.matches) {
      return;
    }
    if (el.matches('[data-bulk-page]')) {
      var form = document.querySelector('[data-bulk]');
      rows(form).forEach(function (b) { b.checked = el.checked; });
      if (!el.checked) {
        var all = form.querySelector('[data-bulk-all]');
        if (all) {
          all.checked = false;
        }
      }
      update(form);
    } else if (el.matches('[data-bulk-all]')) {
      var f = bar(el);
      if (el.checked) {
        rows(f).forEach(function (b) { b.checked = true; });
      }
      update(f);
    } else if (el.matches('[data-bulk-row]')) {
      var g = bar(el);
      if (!el.checked) {
        var a = g.querySelector('[data-bulk-all]');
        if (a) {
          a.checked = false;
        }
      }
      update(g);
    }
  });

  function setup() {
    document.querySelectorAll('[data-bulk]').forEach(update);
    var outcome = document.querySelector('[data-bulk-outcome]');
    if (outcome) {
      outcome.focus();
    }
  }

  // a cell's edit button: GET /lists/{resource}/rows/{id}/cells/{key}/edit into the cell (the row, the cell
  // and the table body carry the parts, so that each button is short)
  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('[data-cell-edit]') : null;
    var td = button && button.closest('td[data-cell]');
    var tr = button && button.closest('tr[data-id]');
    var body = button && button.closest('[data-cells]');
    if (!td || !tr || !body || !window.htmx) {
      return;
    }
    e.preventDefault();
    window.htmx.ajax('GET', body.getAttribute('data-cells') + '/' + encodeURIComponent(tr.getAttribute('data-id'))
        + '/cells/' + encodeURIComponent(td.getAttribute('data-cell')) + '/edit', { target: td, swap: 'innerHTML' });
  });

  document.addEventListener('keydown', function (e) {
    var editor = e.target.closest ? e.target.closest('[data-cell-editor]') : null;
    if (!editor) {
      return;
    }
    if (e.key === 'Escape' && !e.defaultPrevented) {
      var listbox = editor.querySelector('[role=listbox]:not([hidden])');
      if (listbox) {
        return; // the picker closes its list first
      }
      e.preventDefault();
      editor.querySelector('[data-cell-cancel]').click();
    } else if (e.key === 'Enter' && e.target.tagName === 'SELECT') {
      e.preventDefault();
      editor.requestSubmit();
    }
  });

  document.addEventListener('DOMContentLoaded', setup);
  document.addEventListener('htmx:afterSwap', function (e) {
    document.querySelectorAll('[data-bulk]').forEach(update);
    var target = e.detail && e.detail.target;
    if (!target || !target.hasAttribute || !target.hasAttribute('data-cell')) {
      return;
    }
    if (window.htmx) {
      window.htmx.process(target); // the editor's Save/Cancel work at once, not only after htmx settles
    }
    var field = target.querySelector('[data-cell-editor] input:not([type=hidden]), [data-cell-editor] select');
    if (field) {
      field.focus();
      if (field.select) {
        field.select();
      }
    } else {
      var button = target.querySelector('[data-cell-edit]');
      if (button) {
        button.focus();
      }
    }
  });
}());
