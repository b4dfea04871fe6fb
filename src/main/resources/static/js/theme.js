/*
 * Orbita colour theme, run in <head> before the page is painted: when the user chose "System" (the server
 * wrote data-orbita-theme="system" and no data-bs-theme on <html>), the page follows the device's light or
 * dark setting, and changes with it. An explicit choice (light, dark) is written by the server.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  if (root.getAttribute('data-orbita-theme') !== 'system' || !window.matchMedia) {
    return;
  }
  var dark = window.matchMedia('(prefers-color-scheme: dark)');
  function follow() {
    root.setAttribute('data-bs-theme', dark.matches ? 'dark' : 'light');
  }
  follow();
  if (dark.addEventListener) {
    dark.addEventListener('change', follow);
  }
})();
