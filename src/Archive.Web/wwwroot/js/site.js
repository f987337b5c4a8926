// Enhancements only: every page works fully without this script.
(() => {
  "use strict";

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
      // Older browsers, or a page not in a secure context: copy through a hidden text area.
      const area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.append(area);
      area.select();
      const ok = document.execCommand("copy");
      area.remove();
      return ok;
    }
  }

  function copyButton(label, name, text) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = label;
    button.setAttribute("aria-label", name);
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

  // Transcript pages: a copy button beside each paragraph's short link.
  for (const link of document.querySelectorAll(".para .tools a.short")) {
    const n = link.closest(".para").id.slice(1);
    link.parentElement.append(" ", copyButton("Copy link", "Copy the link to paragraph " + n, () => link.href));
  }
  for (const link of document.querySelectorAll("a.short-link")) {
    link.after(" ", copyButton("Copy", "Copy the short link to this transcript", () => link.href));
  }

  // Citation pages: a copy button for each style.
  for (const section of document.querySelectorAll("section.citation")) {
    const pre = section.querySelector("pre");
    const name = section.querySelector("h2").textContent;
    section.querySelector("h2").append(" ", copyButton("Copy", "Copy the " + name + " citation", () => pre.textContent));
  }
})();
