/*
 * The header's menu button on phones: the programmes, "my pages", the language switch and signing out fold behind
 * one button, so that the page's own content starts near the top of a 360 px screen. The button says whether the
 * menu is open (aria-expanded); Escape closes it and puts focus back on the button. On wider screens the button is
 * hidden by CSS and the menu always shows. Without script the menu is simply open.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('vs-js');
  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('menuToggle');
    var header = toggle && toggle.closest('.vs-header');
    if (!header) {
      return;
    }
    function setOpen(open) {
      header.classList.toggle('vs-header--open', open);
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
      setOpen(toggle.getAttribute('aria-expanded') !== 'true');
    });
    header.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        toggle.focus();
      }
    });
  });
}());
