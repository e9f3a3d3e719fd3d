// Small helpers every page loads: review keys (space reveals, 1-4 rate) and the quiz timer.

function typing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
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
