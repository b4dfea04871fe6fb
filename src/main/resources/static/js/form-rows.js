/*
 * Orbita: repeatable form rows and the error summary, for every record form (shell/contact-points,
 * layout/fragments :: formErrors). Plain ES2017, loaded with `defer`; CSP forbids inline scripts, so all is
 * wired by delegation:
 *  - [data-row-add="phones"] copies <template data-row-template="phones"> into [data-rows="phones"]; the copy's
 *    names, ids and label targets get the next free index (phones[3].number, id phones3.number). Removing leaves
 *    a gap in the indexes, closed on submit (and by the server: web.form.FormRows). At data-max rows the button
 *    is disabled.
 *  - [data-row-remove] removes its [data-row]; Remove buttons (and [data-label] legends) are renamed in order
 *    ("Remove phone 2") from their data-label, where {n} is the row's number.
 *  - adding or removing a row is a change for the unsaved-changes warning (form[data-warn-unsaved], app.js)
 *  - an address row's country select shows the Brazilian states or Portuguese districts ([data-region-for]) or
 *    free text, and sets the postal code's placeholder, pattern and keyboard ([data-postal])
 *  - [data-error-summary] (a rejected form) takes the focus on load; its links focus the field they name
 */
(function () {
  'use strict';

  // the same shapes as web.form.AddressOptions (the server normalises and checks the code)
  var POSTAL = { BR: ['00000-000', '\\d{5}-?\\d{3}'], PT: ['0000-000', '\\d{4}-?\\d{3}'] };

  function closest(node, selector) {
    while (node && node.nodeType !== 1) {
      node = node.parentNode;
    }
    return node && node.closest ? node.closest(selector) : null;
  }

  function scopeOf(el) {
    return closest(el, 'form') || document;
  }

  function rowsIn(container) {
    return Array.prototype.filter.call(container.children, function (el) {
      return el.hasAttribute('data-row');
    });
  }

  function nextIndex(container, list) {
    var max = -1;
    container.querySelectorAll('[name]').forEach(function (el) {
      var name = el.getAttribute('name');
      if (name.indexOf(list + '[') === 0) {
        var m = /^\[(\d+)\]/.exec(name.slice(list.length));
        if (m) {
          max = Math.max(max, parseInt(m[1], 10));
        }
      }
    });
    return max + 1;
  }

  function renumber(root, list, index) {
    var name = new RegExp('^' + list + '\\[\\d+\\]');
    var id = new RegExp('^' + list + '\\d+');
    root.querySelectorAll('*').forEach(function (el) {
      if (el.hasAttribute('name')) {
        el.setAttribute('name', el.getAttribute('name').replace(name, list + '[' + index + ']'));
      }
      ['id', 'for', 'aria-describedby'].forEach(function (attr) {
        if (el.hasAttribute(attr)) {
          el.setAttribute(attr, el.getAttribute(attr).replace(id, list + index));
        }
      });
    });
  }

  function relabel(container) {
    rowsIn(container).forEach(function (row, i) {
      row.querySelectorAll('[data-label]').forEach(function (el) {
        var text = el.getAttribute('data-label').replace('{n}', String(i + 1));
        if (el.tagName === 'BUTTON') {
          el.setAttribute('aria-label', text);
          el.setAttribute('title', text);
        } else {
          el.textContent = text;
        }
      });
    });
  }

  function addButtonFor(container) {
    return scopeOf(container).querySelector('[data-row-add="' + container.getAttribute('data-rows') + '"]');
  }

  function limit(container) {
    var button = addButtonFor(container);
    var max = parseInt(container.getAttribute('data-max') || '0', 10);
    if (button && max > 0) {
      button.disabled = rowsIn(container).length >= max;
    }
  }

  function changed(container) {
    container.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // the first field to type in (a phone's number rather than its type), else the first select
  function firstControl(row) {
    return row.querySelector('input:not([type=hidden]):not([disabled]), textarea')
        || row.querySelector('select:not([disabled])');
  }

  function addRow(button) {
    var list = button.getAttribute('data-row-add');
    var scope = scopeOf(button);
    var container = scope.querySelector('[data-rows="' + list + '"]');
    var template = scope.querySelector('template[data-row-template="' + list + '"]');
    if (!container || !template) {
      return;
    }
    var max = parseInt(container.getAttribute('data-max') || '0', 10);
    if (max > 0 && rowsIn(container).length >= max) {
      return;
    }
    var copy = template.content.cloneNode(true);
    var row = copy.querySelector('[data-row]');
    renumber(copy, list, nextIndex(container, list));
    container.appendChild(copy);
    relabel(container);
    limit(container);
    changed(container);
    var control = row && firstControl(row);
    if (control) {
      control.focus();
    }
  }

  function removeRow(button) {
    var row = closest(button, '[data-row]');
    var container = row && closest(row, '[data-rows]');
    if (!container) {
      return;
    }
    var rows = rowsIn(container);
    var at = rows.indexOf(row);
    row.remove();
    relabel(container);
    limit(container);
    changed(container);
    // focus stays near: the next row's Remove button, else the previous one's, else the Add button
    var rest = rowsIn(container);
    var neighbour = rest[at] || rest[at - 1];
    var target = neighbour ? neighbour.querySelector('[data-row-remove]') : addButtonFor(container);
    if (target && !target.disabled) {
      target.focus();
    } else {
      container.focus();
    }
  }

  function switchRegion(box, country) {
    var label = box.querySelector('label');
    var id = label ? label.getAttribute('for') : null;
    var controls = box.querySelectorAll('[data-region-for]');
    var active = box.querySelector('[data-region-for="' + country + '"]') || box.querySelector('[data-region-for="*"]');
    controls.forEach(function (c) {
      var on = c === active;
      c.disabled = !on;
      c.hidden = !on;
      if (on && id) {
        c.id = id;
      } else {
        c.removeAttribute('id');
      }
    });
  }

  function postalHint(input, country) {
    var hint = POSTAL[country];
    if (hint) {
      input.setAttribute('placeholder', hint[0]);
      input.setAttribute('pattern', hint[1]);
      input.setAttribute('inputmode', 'numeric');
    } else {
      input.removeAttribute('placeholder');
      input.removeAttribute('pattern');
      input.removeAttribute('inputmode');
    }
  }

  document.addEventListener('click', function (e) {
    var add = closest(e.target, '[data-row-add]');
    if (add) {
      addRow(add);
      return;
    }
    var remove = closest(e.target, '[data-row-remove]');
    if (remove) {
      removeRow(remove);
      return;
    }
    var link = closest(e.target, '[data-error-link]');
    if (link) {
      var field = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (field) {
        e.preventDefault();
        field.focus();
      }
    }
  });

  document.addEventListener('change', function (e) {
    var select = e.target;
    if (!select || select.tagName !== 'SELECT' || !/\.country$/.test(select.name || '')) {
      return;
    }
    var row = closest(select, '[data-row]');
    if (!row) {
      return;
    }
    var region = row.querySelector('[data-region]');
    if (region) {
      switchRegion(region, select.value);
    }
    var postal = row.querySelector('[data-postal]');
    if (postal) {
      postalHint(postal, select.value);
    }
  });

  // on submit the rows are numbered 0, 1, 2… again, so that adding and removing never runs the indexes up
  // towards the server's limit (web.form.FormRows.INDEX_LIMIT); without script the server closes the gaps
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form || form.tagName !== 'FORM') {
      return;
    }
    form.querySelectorAll('[data-rows]').forEach(function (container) {
      var list = container.getAttribute('data-rows');
      rowsIn(container).forEach(function (row, i) {
        renumber(row, list, i);
      });
    });
  });

  document.querySelectorAll('[data-rows]').forEach(limit);

  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
})();
