// The landing page's code samples: each vendor's panels (one per client) become tabs, and every
// <pre> gets a copy button. Without this script the panels stand one after another, each under
// its own heading, and nothing is lost. Same-origin, no dependencies (the page's CSP allows
// `script-src 'self'` and nothing else).
/* global document, window */
"use strict";

(function () {
  /** Turns one vendor's panels into a tab list; the first panel is shown. */
  function makeTabs(container) {
    var panels = Array.prototype.slice.call(container.querySelectorAll(":scope > .sample-panel"));
    if (panels.length < 2) return;
    var list = document.createElement("div");
    list.className = "sample-tabs";
    list.setAttribute("role", "tablist");
    list.setAttribute(
      "aria-label",
      "Code samples of " + container.getAttribute("data-code-samples"),
    );
    var tabs = panels.map(function (panel) {
      var tab = document.createElement("button");
      tab.type = "button";
      tab.className = "sample-tab";
      tab.id = panel.id + "-tab";
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panel.id);
      tab.textContent = panel.getAttribute("data-sample-label");
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      var heading = panel.querySelector(":scope > .sample-label");
      if (heading) heading.hidden = true;
      list.appendChild(tab);
      return tab;
    });

    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        var selected = i === index;
        tab.setAttribute("aria-selected", String(selected));
        tab.tabIndex = selected ? 0 : -1;
        panels[i].hidden = !selected;
      });
      if (focus) tabs[index].focus();
    }

    tabs.forEach(function (tab, index) {
      tab.addEventListener("click", function () {
        select(index, false);
      });
      tab.addEventListener("keydown", function (event) {
        var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (event.key === "Home") select(0, true);
        else if (event.key === "End") select(tabs.length - 1, true);
        else if (step) select((index + step + tabs.length) % tabs.length, true);
        else return;
        event.preventDefault();
      });
    });
    container.insertBefore(list, panels[0]);
    select(0, false);
  }

  /** Copies text with the Clipboard API, or, where it is missing, a selection and execCommand. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      document.body.removeChild(area);
      if (ok) resolve();
      else reject(new Error("copy refused"));
    });
  }

  /** A copy button before the <pre>, in a wrapper that places it at the block's top right. */
  function addCopyButton(pre) {
    var wrapper = document.createElement("div");
    wrapper.className = "code-block";
    pre.parentNode.insertBefore(wrapper, pre);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    button.addEventListener("click", function () {
      // The sample as written: textContent undoes the HTML escaping, adds nothing.
      copyText(pre.textContent).then(
        function () {
          button.textContent = "Copied";
          status.textContent = "Copied to the clipboard";
        },
        function () {
          button.textContent = "Copy failed";
          status.textContent = "Could not copy; select the text instead";
        },
      );
    });
    button.addEventListener("blur", function () {
      button.textContent = "Copy";
    });
    wrapper.appendChild(button);
    wrapper.appendChild(status);
    wrapper.appendChild(pre);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-code-samples]"), makeTabs);
    Array.prototype.forEach.call(document.querySelectorAll("main pre"), addCopyButton);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
