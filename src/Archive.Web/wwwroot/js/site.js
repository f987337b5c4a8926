// Enhancements only: every page works fully without this script.
// Nothing here walks the paragraphs on load: the longest transcript has over a thousand, and a loop over
// them at start was most of the page's blocking time (docs/accessibility.md). Events are handled once, above them.
(() => {
  "use strict";

  // Printed, a paragraph's number is followed by its permanent address (site.css); this makes it whole.
  document.documentElement.style.setProperty("--origin", JSON.stringify(location.origin));

  // One polite live region announces what a button did, for screen readers.
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.append(status);

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Older browsers, or a page not in a secure context: copy through a text area kept off screen.
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "copy-source";
      document.body.append(area);
      area.select();
      const ok = document.execCommand("copy");
      area.remove();
      return ok;
    }
  }

  // The visible label starts the accessible name, so speech input ("click Copy") finds the button.
  function copyButton(label, name, text) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = label;
    if (name) {
      button.setAttribute("aria-label", name);
    }
    return copies(button, text);
  }

  function copies(button, text) {
    const label = button.textContent;
    button.addEventListener("click", async () => {
      const value = text();
      const ok = await copy(value);
      button.textContent = ok ? "Copied" : "Copy failed";
      button.dataset.copied = ok ? value : "";
      status.textContent = ok ? "Copied: " + value : "Your browser did not allow copying; select the text instead.";
      setTimeout(() => { button.textContent = label; }, 2000);
    });
    return button;
  }

  // Transcript pages: one toolbar (the short link, Cite, Copy link) that goes to the paragraph in hand:
  // the one whose number was clicked (or pressed with Enter), or whose anchor the address names. Not on
  // focus alone, which would add the toolbar's three stops to every paragraph a keyboard passes through.
  // Each number links to its paragraph's short link; the server puts the toolbar in the paragraph that
  // link names (?p=n), which is all a reader without script needs.
  const paragraphs = document.querySelector(".paragraphs");
  if (paragraphs) {
    let tools = document.getElementById("para-tools");

    function build() {
      const bar = document.createElement("span");
      bar.id = "para-tools";
      bar.className = "para-tools";
      bar.setAttribute("role", "group");
      const short = document.createElement("a");
      short.className = "short";
      const cite = document.createElement("a");
      cite.className = "cite";
      cite.textContent = "Cite";
      bar.append(" ", short, " ", cite);
      return bar;
    }

    function place(p) {
      const number = p && p.querySelector(":scope > a.pn");
      if (!number || !number.pathname.startsWith("/d/")) {
        return;
      }
      tools ??= build();
      const short = tools.querySelector("a.short");
      if (!tools.querySelector("button.copy")) {
        tools.append(" ", copyButton("Copy link", null, () => short.href));
      }
      tools.setAttribute("aria-label", "Paragraph " + p.id.slice(1));
      short.href = number.href;
      short.textContent = number.href;
      tools.querySelector("a.cite").href = number.pathname.replace(/^\/d\//, "/cite/");
      if (tools.parentElement !== p) {
        p.append(tools);
      }
    }

    function targeted() {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id && document.getElementById(id);
      return target ? target.closest("p.para") : null;
    }

    // A plain click on a number stays on the page: the address becomes the paragraph's anchor, as the
    // reader expects of a paragraph link, and the toolbar comes to it. A new tab or window gets the short link.
    paragraphs.addEventListener("click", (event) => {
      const number = event.target.closest("a.pn");
      if (!number || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
      }
      const p = number.parentElement;
      event.preventDefault();
      if (location.hash !== "#" + p.id) {
        location.hash = p.id;
      }
      place(p);
    });
    window.addEventListener("hashchange", () => place(targeted()));
    place(tools ? tools.closest("p.para") : targeted());
  }

  // A transcript's short link: its Copy button is in the page already, so that nothing moves when this script
  // comes (a layout shift on a long page, which paints before the script runs); without script, CSS hides it.
  for (const link of document.querySelectorAll("a.short-link")) {
    const button = link.parentElement.querySelector("button.copy");
    if (button) {
      copies(button, () => link.href);
    }
  }

  // Citation pages: a copy button for each style.
  for (const section of document.querySelectorAll("section.citation")) {
    const pre = section.querySelector("pre");
    const name = section.querySelector("h2").textContent;
    section.querySelector("h2").append(" ", copyButton("Copy", "Copy the " + name + " citation", () => pre.textContent));
  }
})();
