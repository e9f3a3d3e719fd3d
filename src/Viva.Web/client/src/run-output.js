// How a run's result is put into words and clipped, kept apart from the editor so it reads on its own.

/** At most this much of a stream goes into the page: a megabyte in a <pre> made a 720,000 px page. */
export const SHOWN_CHARS = 64 * 1024;
const OUTPUT_LIMIT = "1 MiB";

/** The run's end in words: "finished", "exit code 1", "stopped: printed more than 1 MiB"... */
export function describeStatus({ status, exitCode }) {
  switch (status) {
    case "ok": return "finished";
    case "error": return exitCode == null ? "failed" : `exit code ${exitCode}`;
    case "timeout": return "stopped: ran out of time";
    case "memory": return "stopped: used more memory than allowed";
    case "outputLimit": return `stopped: printed more than ${OUTPUT_LIMIT}`;
    case "killed": return "stopped by the sandbox: a forbidden operation";
    default: return status;
  }
}

export function size(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The text to show and, when it was cut, a note saying how much of how much. */
export function clip(text, bytes) {
  if (text.length <= SHOWN_CHARS) return { text, note: "" };
  const total = Math.max(bytes ?? 0, new TextEncoder().encode(text).length);
  return { text: text.slice(0, SHOWN_CHARS), note: `truncated: showing the first ${size(SHOWN_CHARS)} of ${size(total)}` };
}

/** A line diff (LCS) of expected and actual, or null when they are equal; null too past 400 lines, where it would not help. */
export function lineDiff(expected, actual) {
  const a = expected.replace(/\n$/, "").split("\n");
  const b = actual.replace(/\n$/, "").split("\n");
  if (a.join("\n") === b.join("\n")) return null;
  if (a.length > 400 || b.length > 400) return [{ kind: "-", line: `(${a.length} lines expected)` }, { kind: "+", line: `(${b.length} lines printed)` }];
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { out.push({ kind: " ", line: a[i] }); i++; j++; }
    else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) out.push({ kind: "+", line: b[j++] });
    else out.push({ kind: "-", line: a[i++] });
  }
  return out;
}
