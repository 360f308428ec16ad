/*
 * PrimeFaces draws a file upload's "choose" button as a focusable span named by aria-labelledby but with no role, which
 * screen readers cannot announce as a button (axe: aria-prohibited-attr). Give every such span the role it acts as,
 * also after partial page updates.
 */
(function () {
  'use strict';
  function label() {
    document.querySelectorAll('.ui-fileupload-choose:not([role])').forEach(function (span) {
      span.setAttribute('role', 'button');
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    label();
    new MutationObserver(label).observe(document.body, {childList: true, subtree: true});
  });
})();
