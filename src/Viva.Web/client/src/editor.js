// CodeMirror 6 islands: every [data-editor] textarea becomes a Python editor that writes back to the
// textarea (so forms still submit it). Where the island has run controls (RunControls.razor), Run (or
// Ctrl+Enter) sends the code and its stdin to /api/run/live (output shown as it is written), Reset restores the original code, and the
// result shows clipped in a scrolling box, with a diff against the example's expected output.
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from "@codemirror/view";
import { EditorState } from "@codemirror/state";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { syntaxHighlighting, indentOnInput, bracketMatching } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";
import { postEvents } from "./csrf.js";
import { describeStatus, clip, lineDiff } from "./run-output.js";

const nonce = document.querySelector('meta[name="csp-nonce"]')?.content;

for (const island of document.querySelectorAll("[data-editor]")) {
  const source = island.querySelector("textarea");
  const original = source.defaultValue;
  const run = island.querySelector("[data-run-button]");
  const view = new EditorView({
    parent: source.parentElement,
    state: EditorState.create({
      doc: source.value,
      extensions: [
        nonce ? EditorView.cspNonce.of(nonce) : [],
        lineNumbers(), history(), drawSelection(), highlightActiveLine(), indentOnInput(), bracketMatching(),
        // Token classes (tok-*) coloured by app.css, so both themes keep readable contrast.
        syntaxHighlighting(classHighlighter), EditorView.lineWrapping,
        // Ctrl+Enter runs; before the default keymap, which would insert a blank line.
        keymap.of([{ key: "Mod-Enter", run: () => { run?.click(); return run != null; } }, ...defaultKeymap, ...historyKeymap, indentWithTab]),
        python(),
        EditorView.contentAttributes.of({ "aria-label": source.getAttribute("aria-label") ?? "Python code" }),
        EditorView.updateListener.of((u) => { if (u.docChanged) source.value = u.state.doc.toString(); }),
      ],
    }),
  });
  source.after(view.dom);
  source.hidden = true;

  const result = island.querySelector(".run-result");
  if (!run || !result) continue;
  // The example's picker is in the island; an exercise's is in its form, shared with Submit.
  const versionPicker = island.querySelector("[data-python]") ?? island.closest("form")?.querySelector("[data-python]");
  const stdin = island.querySelector("[data-stdin]");
  const expected = island.closest("section")?.querySelector("[data-expected-output]")?.textContent;
  island.querySelector("[data-run-controls]").hidden = false;
  island.querySelector("[data-reset-button]")?.addEventListener("click", () => {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: original } });
    view.focus();
  });
  run.addEventListener("click", async () => {
    run.disabled = true;
    result.hidden = false;
    delete result.dataset.status;
    setText(result, ".run-status", "Running…");
    for (const selector of [".run-note", ".run-stdout", ".run-stderr"]) setText(result, selector, "");
    result.querySelector(".run-diff").hidden = true;
    try {
      // Output shows as the program writes it; the final result then replaces it with the whole, as the server has it.
      let live = "";
      let data = null;
      let problem = null;
      let runId = null;
      let answer;
      try {
        answer = await postEvents("/api/run/live", { code: view.state.doc.toString(), python: versionPicker?.value, stdin: stdin?.value ?? "" }, (type, value) => {
          if (type === "run") runId = value.id;
          else if (type === "output") {
            live += value;
            setText(result, ".run-stdout", clip(live, live.length).text);
          } else if (type === "result") data = value;
          else if (type === "problem") problem = value;
        });
      } catch (error) {
        if (runId === null) throw error;
        answer = { ok: true, status: 0 };
      }
      // The node holding the stream went away mid-run: any node answers for a stored run by its id.
      if (data === null && problem === null && runId !== null) {
        const response = await fetch(`/api/run/${runId}`, { credentials: "same-origin" });
        const body = await response.json().catch(() => null);
        if (response.ok) data = body;
        else answer = { ok: false, status: response.status, data: body };
      }
      if (!answer.ok || data === null) {
        const refusal = answer.data ?? problem;
        setText(result, ".run-status", answer.status === 429 ? "The sandbox is busy: try again in a moment." : (refusal?.detail ?? refusal?.title ?? `Error ${answer.status}`));
        return;
      }
      // Output is always set as text, never as HTML.
      setText(result, ".run-status", `Python ${data.python} · ${describeStatus(data)} · ${Math.round(data.wallMs)} ms`);
      const out = clip(data.stdout, data.stdoutBytes);
      const err = clip(data.stderr, data.stderrBytes);
      setText(result, ".run-stdout", out.text);
      setText(result, ".run-stderr", err.text);
      setText(result, ".run-note", [out.note && `Output ${out.note}`, err.note && `Errors ${err.note}`].filter(Boolean).join(" · "));
      result.dataset.status = data.status;
      if (data.status === "ok" || data.status === "error") showDiff(result.querySelector(".run-diff"), expected, data.stdout);
    } finally {
      run.disabled = false;
    }
  });
}

function setText(root, selector, text) {
  const el = root.querySelector(selector);
  el.textContent = text;
  if (el.tagName === "PRE" || el.classList.contains("run-note")) el.hidden = text.length === 0;
}

/** The output against the example's expected output: a note when they match, else a line diff. */
function showDiff(box, expected, actual) {
  if (expected === undefined) return;
  box.replaceChildren();
  box.hidden = false;
  const diff = lineDiff(expected, actual);
  const heading = document.createElement("p");
  heading.className = diff === null ? "pass" : "fail";
  heading.textContent = diff === null ? "Same as the expected output." : "Differs from the expected output (− expected, + yours):";
  box.append(heading);
  if (diff === null) return;
  const pre = document.createElement("pre");
  pre.tabIndex = 0;
  pre.setAttribute("aria-label", "Difference from the expected output");
  for (const { kind, line } of diff) {
    const span = document.createElement("span");
    span.className = kind === "-" ? "diff-del" : kind === "+" ? "diff-ins" : "diff-same";
    span.textContent = `${kind === " " ? " " : kind === "-" ? "−" : "+"} ${line}\n`;
    pre.append(span);
  }
  box.append(pre);
}
