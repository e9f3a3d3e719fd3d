// Small helpers every page loads: review keys (space reveals, 1-4 rate), checklist keys and the quiz timer.
import { csrfHeaders, postJson } from "./csrf.js";

// Whether a key goes into a text field (a checkbox or a radio takes no text, so page keys still apply there).
function typing(target) {
  if (target instanceof HTMLInputElement) return !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
  return target instanceof HTMLElement && (target.isContentEditable || ["TEXTAREA", "SELECT"].includes(target.tagName));
}

const review = document.querySelector("[data-review]");
if (review) {
  document.addEventListener("keydown", (e) => {
    if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const reveal = review.querySelector("[data-reveal]");
    if (e.key === " " && reveal) {
      e.preventDefault();
      reveal.click();
    } else if (["1", "2", "3", "4"].includes(e.key)) {
      // The rating buttons only exist once the answer is shown: before that, a number key does nothing.
      const button = review.dataset.revealed === "true" ? review.querySelector(`button[data-rating="${e.key}"]`) : null;
      if (button) { e.preventDefault(); button.click(); }
    }
  });
}

// Key-point checklists: number keys 1-9 tick or untick that point while focus is inside the checklist
// (native checkboxes already take Tab and Space). Focus moves to the box as it would on a click, so a
// screen reader reads the point and its new state, and nothing else is announced.
for (const checklist of document.querySelectorAll("form[data-checklist]")) {
  checklist.querySelector("[data-checklist-keys]")?.removeAttribute("hidden");
  checklist.addEventListener("keydown", (e) => {
    if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey || e.repeat || !/^[1-9]$/.test(e.key)) return;
    const box = checklist.querySelectorAll("input[type=checkbox]")[Number(e.key) - 1];
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.click();
  });
}

const timer = document.querySelector("[data-deadline]");
if (timer) {
  const deadline = Date.parse(timer.dataset.deadline);
  const form = document.getElementById(timer.dataset.form);
  const tick = () => {
    const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    timer.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")} left`;
    if (left === 0) {
      clearInterval(handle);
      timer.textContent = "Time is up: submitting";
      form?.requestSubmit();
    }
  };
  const handle = setInterval(tick, 1000);
  tick();
}

// A question page is served from a template shared by all users, so its rating buttons get the
// intervals for this user's card after load.
const ratingForm = document.querySelector("form[data-preview]");
if (ratingForm) {
  fetch(`/api/reviews/preview/${encodeURIComponent(ratingForm.dataset.preview)}`, { credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : []))
    .then((previews) => {
      for (const { value, interval } of previews) {
        const small = ratingForm.querySelector(`button[data-rating="${value}"] small`);
        if (small) small.textContent = interval;
      }
    })
    .catch(() => {}); // the buttons work without their intervals
}

// Quiz items on a question page grade in place through /api/quiz: no reload, no jump to the top, and
// each item keeps its result while the others are answered. Without JavaScript the form posts instead.
for (const form of document.querySelectorAll("form[data-quiz-item]")) {
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const result = form.querySelector("[data-quiz-result]");
    const button = form.querySelector("button[type=submit]");
    const prediction = form.querySelector("textarea[name=choice]");
    const chosen = [...form.querySelectorAll("input[name=choice]:checked")];
    const body = { questionId: form.dataset.question, itemIndex: Number(form.dataset.quizItem) };
    if (prediction) body.answer = prediction.value;
    else body.selected = chosen.map((input) => input.value);
    // An empty answer is no answer: nothing is sent, so nothing is stored and the key stays hidden.
    if (prediction ? prediction.value.trim() === "" : chosen.length === 0) {
      result.replaceChildren(message(prediction ? "Write what it prints first: nothing was checked or saved." : "Choose an option first: nothing was checked or saved."));
      return;
    }
    button.disabled = true;
    try {
      const { ok, data } = await postJson("/api/quiz/answers", body);
      if (!ok) {
        result.replaceChildren(message(data?.detail ?? data?.title ?? "The answer could not be checked."));
        return;
      }
      const card = document.createElement("div");
      card.className = "card feedback";
      card.setAttribute("role", "status");
      const verdict = document.createElement("p");
      verdict.className = data.correct ? "pass" : "fail";
      verdict.innerHTML = "<strong></strong>";
      verdict.firstChild.textContent = data.correct ? "Correct" : "Not quite";
      card.append(verdict, paragraph("Your answer:"));
      if (prediction) {
        const pre = document.createElement("pre");
        pre.dataset.testid = "your-answer";
        pre.textContent = prediction.value;
        card.append(pre);
      } else {
        const list = document.createElement("ul");
        for (const input of chosen) {
          const item = document.createElement("li");
          item.textContent = input.closest("label").textContent.trim();
          list.append(item);
        }
        card.append(list);
      }
      // expectedHtml and explanationHtml are bank Markdown rendered and sanitised by the server.
      if (!data.correct) card.append(paragraph("Expected:"), fragment(data.expectedHtml));
      card.append(fragment(data.explanationHtml));
      result.replaceChildren(card);
    } finally {
      button.disabled = false;
    }
  });
}

function paragraph(text) {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}

function message(text) {
  const p = paragraph(text);
  p.className = "bad";
  p.setAttribute("role", "alert");
  return p;
}

function fragment(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content;
}

// Scorecards save themselves: a change is sent to the form's data-autosave URL a moment after the last
// edit (the Save button still works without JavaScript). A refused entry (a 4 with nothing ticked) says why.
for (const form of document.querySelectorAll("form[data-autosave]")) {
  const status = form.querySelector("[data-autosave-status]");
  let timer = 0;
  const save = async () => {
    const body = {
      ticks: [...form.querySelectorAll("input[name=ticks]")].map((box) => box.checked),
      score: Number(form.querySelector("input[name=score]:checked")?.value) || null,
      note: form.querySelector("textarea[name=note]")?.value ?? null,
    };
    const response = await fetch(form.dataset.autosave, { method: "PUT", headers: csrfHeaders(), body: JSON.stringify(body), credentials: "same-origin" });
    let message = "Saved";
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      message = Object.values(problem?.errors ?? {}).flat()[0] ?? problem?.detail ?? "Not saved";
    }
    if (status) status.textContent = message;
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(save, 600); };
  form.addEventListener("change", later);
  form.addEventListener("input", later);
}

// A mock interview's clock: counts down the time the server says is left (not to a date: the device's
// clock may be wrong); at zero, what is typed is saved and the candidate moves on to scoring themselves
// (the server refuses answers after its own deadline).
const clock = document.querySelector("[data-left-ms]");
if (clock) {
  const end = performance.now() + Number(clock.dataset.leftMs);
  const form = document.querySelector("form[data-mock-answer], form[data-attempt]");
  const tick = () => {
    const left = Math.max(0, end - performance.now());
    const seconds = Math.floor(left / 1000);
    clock.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")} left`;
    if (left > 0) return;
    clearInterval(timer);
    form?.requestSubmit(form.querySelector("[data-time-up]"));
  };
  const timer = setInterval(tick, 1000);
}

// An assessment attempt saves itself: every 10 seconds, and when the page is hidden, each answer that
// differs from what the server has is sent with its revision (the server's time when the page was made
// plus the time since, so an edit in a newer tab outranks one in an older tab). The buttons still post
// the whole form without JavaScript. A run's button says it is running (runs queue behind other
// candidates' in the sandbox).
const attempt = document.querySelector("form[data-attempt]");
if (attempt) {
  const status = document.querySelector("[data-autosave-status]");
  const base = Number(attempt.dataset.revisionBase) - performance.now();
  const declaration = attempt.querySelector("textarea[name=declaration]");
  const answers = () => {
    const found = {};
    for (const section of attempt.querySelectorAll("[data-item]")) {
      const fields = [...section.querySelectorAll("[name^='a.']")];
      if (fields.length === 0) continue;
      found[section.dataset.item] = fields[0].type === "radio" || fields[0].type === "checkbox"
        ? fields.filter((f) => f.checked).map((f) => f.value).join(",")
        : fields[0].value;
    }
    return found;
  };
  let saved = answers();
  let savedDeclaration = declaration?.value;
  let saving = false;
  // keepalive lets the save outlive a closing page, but browsers refuse such bodies over 64 KiB: only the save
  // sent as the page is hidden asks for it.
  const save = async (leaving = false) => {
    if (saving) return;
    const now = answers();
    const changed = Object.entries(now).filter(([item, text]) => text !== saved[item])
      .map(([item, text]) => ({ item, text, revision: Math.round(base + performance.now()) }));
    const aiDeclaration = declaration && declaration.value !== savedDeclaration ? declaration.value : null;
    if (changed.length === 0 && aiDeclaration === null) return;
    saving = true;
    try {
      const response = await fetch(attempt.dataset.attempt, {
        method: "POST", headers: csrfHeaders(), credentials: "same-origin", keepalive: leaving,
        body: JSON.stringify({ answers: changed, aiDeclaration }),
      });
      const data = await response.json().catch(() => null);
      if (!response.ok) {
        if (status) status.textContent = "Not saved: " + (data?.detail ?? `the server answered ${response.status}`);
        return;
      }
      for (const answer of changed) if (!data.stale.includes(answer.item)) saved[answer.item] = answer.text;
      if (aiDeclaration !== null) savedDeclaration = aiDeclaration;
      if (status) status.textContent = data.stale.length > 0
        ? "An answer was changed in another tab or window since; reload to see the latest."
        : `Saved at ${new Date().toLocaleTimeString()}`;
    } catch {
      if (status) status.textContent = "Not saved: the connection is down; trying again in 10 seconds.";
    } finally {
      saving = false;
    }
  };
  setInterval(() => save(), 10000);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") save(true); });
  attempt.addEventListener("submit", (e) => {
    const button = e.submitter;
    if (button?.dataset.runningLabel) button.textContent = button.dataset.runningLabel;
    // Disabled only after the post has taken the button's name and value.
    setTimeout(() => { for (const b of attempt.querySelectorAll("button")) b.disabled = true; }, 0);
  });
}
