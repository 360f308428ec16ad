/* VidSynt self-study: completing a page at its end, and keeping reflection text safe in the browser. */
window.VidSyntSelfStudy = (function () {
  "use strict";

  /** Calls ssReachedEnd() once when the end of the page comes into view (only rendered if the author chose it). */
  function watchPageEnd() {
    var end = document.getElementById("ssPageEnd");
    if (!end || typeof window.ssReachedEnd !== "function" || !("IntersectionObserver" in window)) {
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        observer.disconnect();
        window.ssReachedEnd();
      }
    });
    observer.observe(end);
  }

  function fields(root) {
    return Array.prototype.slice.call(root.querySelectorAll("textarea[data-ss-answer]"));
  }

  function read(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "null");
    } catch (e) {
      return null;
    }
  }

  /**
   * Keeps a copy of every keystroke in localStorage (under the person's and the unit's key), and on load brings
   * back text the server never got: after a closed tab, or a session that ran out while typing.
   */
  function keepReflection(key, serverSavedAt) {
    var root = document.querySelector(".ss-reflect");
    if (!root || !window.localStorage) {
      return;
    }
    var all = fields(root);
    var stored = read(key);
    if (stored && stored.texts && stored.at > serverSavedAt) {
      var restored = false;
      all.forEach(function (field, i) {
        var text = stored.texts[i];
        if (typeof text === "string" && text !== field.value) {
          field.value = text;
          restored = true;
        }
      });
      if (restored) {
        var notice = document.getElementById("ssRestored");
        if (notice) {
          notice.hidden = false;
        }
        all.forEach(function (field) {
          field.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true}));
        });
      }
    }
    var save = function () {
      var texts = fields(root).map(function (f) { return f.value; });
      try {
        window.localStorage.setItem(key, JSON.stringify({at: Date.now(), texts: texts}));
      } catch (e) {
        /* storage full or disabled: the server draft still saves */
      }
    };
    root.addEventListener("input", function (event) {
      if (event.target && event.target.hasAttribute("data-ss-answer")) {
        save();
      }
    });
  }

  function forget(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (e) {
      /* nothing to forget */
    }
  }

  return {watchPageEnd: watchPageEnd, keepReflection: keepReflection, forget: forget};
})();
