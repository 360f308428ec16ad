/*
 * PrimeFaces draws a file upload's "choose" button as a focusable span that names itself with aria-labelledby but has
 * no role, which ARIA forbids (axe: aria-prohibited-attr); giving it role="button" instead nests the file input inside a
 * button (axe: nested-interactive). The span's own visible text ("Velg filer") already names it, so drop the attribute,
 * also after partial page updates.
 */
(function () {
  'use strict';
  function unlabel() {
    document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]:not([role])').forEach(function (span) {
      span.removeAttribute('aria-labelledby');
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    unlabel();
    new MutationObserver(unlabel).observe(document.body, {childList: true, subtree: true, attributes: true,
      attributeFilter: ['aria-labelledby']});
  });
})();
