/*
 * Focus after a confirmation dialog (WCAG 2.4.3): PrimeFaces gives focus back to the button that opened the dialog, but
 * when the confirmed action re-renders that part of the page the button is gone and focus falls to the top of the
 * document. This puts it back where the person was: the same element if it is still there, else the first control
 * inside its nearest surviving container (the session's card, the table row, the form).
 */
(function () {
  'use strict';
  var trail = null;

  function idsUpFrom(element) {
    var ids = [];
    for (var node = element; node && node !== document.body; node = node.parentElement) {
      if (node.id) {
        ids.push(node.id);
      }
    }
    return ids;
  }

  function focusable(container) {
    return container.querySelector('button:not([disabled])') || container.querySelector('button:not([disabled]), [href], input:not([type="hidden"]):not([disabled]), '
        + 'select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])');
  }

  function lostFocus() {
    var active = document.activeElement;
    return !active || active === document.body || !document.documentElement.contains(active);
  }

  function restore() {
    if (!trail || !lostFocus()) {
      trail = null;
      return;
    }
    for (var i = 0; i < trail.length; i++) {
      var found = document.getElementById(trail[i]);
      if (found) {
        var target = i === 0 ? found : (focusable(found) || found);
        if (!target.matches('button, [href], input, select, textarea, [tabindex]')) {
          target.setAttribute('tabindex', '-1');
        }
        target.focus();
        break;
      }
    }
    trail = null;
  }

  document.addEventListener('click', function (event) {
    var yes = event.target.closest && event.target.closest('.ui-confirmdialog-yes');
    if (yes && window.PrimeFaces && PrimeFaces.confirmSource) {
      trail = idsUpFrom(PrimeFaces.confirmSource.get(0));
    }
  }, true);

  document.addEventListener('DOMContentLoaded', function () {
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', function () {
        // After PrimeFaces' own focus handling (it returns focus 100 ms after the dialog closes).
        window.setTimeout(restore, 150);
      });
    }
  });
}());
