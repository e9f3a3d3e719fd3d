// The API reference (Api/ApiReference.cs): Scalar's standalone bundle, loaded before this module, renders
// /openapi/v1.json. Everything it would fetch from elsewhere (web fonts, telemetry, its AI agent, a CORS
// proxy) is left off, so the page works offline and within the CSP of its path.
import "./api-reference.css";

const token = document.querySelector('meta[name="csrf-token"]')?.content ?? "";

window.Scalar.createApiReference("#app", {
  url: "/openapi/v1.json",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  documentDownloadType: "json",
  // Its developer toolbar (shown on localhost) offers hosted services; every endpoint open, so the page reads top to bottom.
  showDeveloperTools: "never",
  defaultOpenAllTags: true,
  // The try-it panel sends writes with this page's antiforgery token, as the study room's own pages do.
  authentication: { preferredSecurityScheme: "antiforgery", securitySchemes: { antiforgery: { value: token } } },
  // Light or dark as the system says, as every other page of the study room.
  darkMode: window.matchMedia("(prefers-color-scheme: dark)").matches,
});

// Scalar's header-name field is a contenteditable combobox without aria-expanded, which ARIA requires
// (axe: aria-required-attr). Its list starts closed, so say so, on every such field Scalar renders.
const markClosed = () => {
  for (const box of document.querySelectorAll('#app [role="combobox"]:not([aria-expanded])')) box.setAttribute("aria-expanded", "false");
};
new MutationObserver(markClosed).observe(document.getElementById("app"), { childList: true, subtree: true });
