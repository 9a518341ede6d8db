/*
 * The rich-text editor of an item's body (Quill 2, vendored under /vendor/quill-2.0.3/): replaces each
 * <textarea data-rich-text> with an editor whose toolbar offers only what the server keeps (catalog.Bodies:
 * paragraphs, headings, lists, tables, bold, italic, links; no images), and writes the editor's HTML back
 * into the textarea when the form is sent. The server sanitises whatever arrives. Without JavaScript (or
 * without Quill) the textarea stays as it is. Every label comes from the page (data-* attributes filled from
 * the message bundles).
 */
(function () {
  if (typeof window.Quill === 'undefined') {
    return;
  }
  var TOOLBAR = [
    [{ header: 2 }, { header: 3 }],
    ['bold', 'italic'],
    [{ list: 'ordered' }, { list: 'bullet' }],
    ['link', 'table'],
    ['clean']
  ];
  // toolbar button (class and value) → data-* attribute of the textarea holding its label
  var LABELS = [
    ['ql-header', '2', 'labelHeading2'],
    ['ql-header', '3', 'labelHeading3'],
    ['ql-bold', null, 'labelBold'],
    ['ql-italic', null, 'labelItalic'],
    ['ql-list', 'ordered', 'labelOrdered'],
    ['ql-list', 'bullet', 'labelBullet'],
    ['ql-link', null, 'labelLink'],
    ['ql-table', null, 'labelTable'],
    ['ql-clean', null, 'labelClean']
  ];

  function label(toolbar, textarea) {
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', textarea.dataset.labelToolbar || '');
    LABELS.forEach(function (l) {
      var selector = 'button.' + l[0] + (l[1] === null ? '' : '[value="' + l[1] + '"]');
      toolbar.querySelectorAll(selector).forEach(function (button) {
        var text = textarea.dataset[l[2]] || '';
        button.setAttribute('aria-label', text);
        button.setAttribute('title', text);
      });
    });
  }

  function labelTooltip(quill, textarea) {
    var tooltip = quill.container.querySelector('.ql-tooltip');
    if (!tooltip) {
      return;
    }
    // read by gongkai.css (content: attr(…)) on the element whose ::before/::after shows them
    var d = textarea.dataset;
    tooltip.setAttribute('data-visit', d.tooltipVisit || '');
    tooltip.setAttribute('data-enter', d.tooltipEnter || '');
    var action = tooltip.querySelector('a.ql-action');
    if (action) {
      action.setAttribute('data-edit', d.tooltipEdit || '');
      action.setAttribute('data-save', d.tooltipSave || '');
    }
    var remove = tooltip.querySelector('a.ql-remove');
    if (remove) {
      remove.setAttribute('data-remove', d.tooltipRemove || '');
    }
    var input = tooltip.querySelector('input');
    if (input) {
      input.setAttribute('aria-label', textarea.dataset.tooltipEnter || '');
      input.setAttribute('data-link', 'https://');
    }
  }

  function enhance(textarea) {
    var holder = document.createElement('div');
    holder.className = 'rich-text';
    var editor = document.createElement('div');
    holder.appendChild(editor);
    textarea.parentNode.insertBefore(holder, textarea);
    var quill = new window.Quill(editor, {
      theme: 'snow',
      // what the toolbar offers, and what else Bodies keeps so that a body saved before (or pasted) keeps
      // its underline, sub/superscript, code and quotes when edited; anything else is dropped here
      formats: ['header', 'bold', 'italic', 'underline', 'script', 'code', 'blockquote', 'link', 'list', 'table'],
      modules: {
        // Tab and Shift+Tab move the focus out of the editor, as in any form (WCAG 2.1.2, no keyboard trap),
        // instead of Quill's tab character and list indent
        keyboard: {
          bindings: {
            tab: { key: 'Tab', handler: function () { return true; } },
            indent: { key: 'Tab', format: ['blockquote', 'indent', 'list'], handler: function () { return true; } },
            outdent: { key: 'Tab', shiftKey: true, format: ['blockquote', 'indent', 'list'], handler: function () { return true; } }
          }
        },
        table: true,
        toolbar: {
          container: TOOLBAR,
          handlers: {
            table: function () {
              this.quill.getModule('table').insertTable(2, 2);
            }
          }
        }
      }
    });
    // a pasted script or style sheet is dropped whole, not kept as text
    var Delta = window.Quill.import('delta');
    ['SCRIPT', 'STYLE'].forEach(function (tag) {
      quill.clipboard.addMatcher(tag, function () {
        return new Delta();
      });
    });
    quill.setContents(quill.clipboard.convert({ html: textarea.value }), 'silent');
    textarea.hidden = true;

    var root = quill.root;
    root.setAttribute('role', 'textbox');
    root.setAttribute('aria-multiline', 'true');
    var labelElement = document.querySelector('label[for="' + textarea.id + '"]');
    if (labelElement) {
      if (!labelElement.id) {
        labelElement.id = textarea.id + '-label';
      }
      root.setAttribute('aria-labelledby', labelElement.id);
      labelElement.addEventListener('click', function () {
        quill.focus();
      });
    }
    ['aria-describedby', 'aria-invalid'].forEach(function (name) {
      if (textarea.hasAttribute(name)) {
        root.setAttribute(name, textarea.getAttribute(name));
      }
    });
    label(holder.querySelector('.ql-toolbar'), textarea);
    labelTooltip(quill, textarea);

    textarea.form.addEventListener('submit', function () {
      textarea.value = quill.getText().trim() === '' && root.querySelector('table') === null
        ? ''
        : quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
    });
  }

  document.querySelectorAll('textarea[data-rich-text]').forEach(enhance);
})();
