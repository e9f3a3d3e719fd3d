// CodeMirror 6 islands: every [data-editor] textarea becomes a Python editor that writes back to the
// textarea (so forms still submit it), and a Run button sends the code to /api/run.
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from "@codemirror/view";
import { EditorState } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, indentOnInput, bracketMatching } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";
import { postJson } from "./csrf.js";

const nonce = document.querySelector('meta[name="csp-nonce"]')?.content;

for (const island of document.querySelectorAll("[data-editor]")) {
  const source = island.querySelector("textarea");
  const view = new EditorView({
    parent: source.parentElement,
    state: EditorState.create({
      doc: source.value,
      extensions: [
        nonce ? EditorView.cspNonce.of(nonce) : [],
        lineNumbers(), history(), drawSelection(), highlightActiveLine(), indentOnInput(), bracketMatching(),
        // Token classes (tok-*) coloured by app.css, so both themes keep readable contrast.
        syntaxHighlighting(classHighlighter), EditorView.lineWrapping,
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        python(),
        EditorView.contentAttributes.of({ "aria-label": source.getAttribute("aria-label") ?? "Python code" }),
        EditorView.updateListener.of((u) => { if (u.docChanged) source.value = u.state.doc.toString(); }),
      ],
    }),
  });
  source.after(view.dom);
  source.hidden = true;

  const run = island.querySelector("[data-run-button]");
  const result = island.querySelector(".run-result");
  if (!run || !result) continue;
  const versionPicker = island.querySelector("[data-python]");
  island.querySelector("[data-run-controls]").hidden = false;
  run.addEventListener("click", async () => {
    run.disabled = true;
    result.hidden = false;
    setText(result, ".run-status", "Running…");
    setText(result, ".run-stdout", "");
    setText(result, ".run-stderr", "");
    try {
      const { ok, status, data } = await postJson("/api/run", { code: view.state.doc.toString(), python: versionPicker?.value });
      if (!ok) {
        setText(result, ".run-status", status === 429 ? "The sandbox is busy: try again in a moment." : (data?.detail ?? data?.title ?? `Error ${status}`));
        return;
      }
      // Output is always set as text, never as HTML.
      setText(result, ".run-status", `Python ${data.python} · ${data.status} · exit ${data.exitCode ?? "-"} · ${Math.round(data.wallMs)} ms`);
      setText(result, ".run-stdout", data.stdout);
      setText(result, ".run-stderr", data.stderr);
      result.dataset.status = data.status;
    } finally {
      run.disabled = false;
    }
  });
}

function setText(root, selector, text) {
  const el = root.querySelector(selector);
  el.textContent = text;
  if (el.tagName === "PRE") el.hidden = text.length === 0;
}
