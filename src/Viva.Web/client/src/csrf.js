// The antiforgery token the server put in the page; every API write sends it back as a header.
export function csrfHeaders() {
  const token = document.querySelector('meta[name="csrf-token"]')?.content ?? "";
  return { "Content-Type": "application/json", RequestVerificationToken: token };
}

export async function postJson(url, body) {
  const response = await fetch(url, { method: "POST", headers: csrfHeaders(), body: JSON.stringify(body), credentials: "same-origin" });
  let data = null;
  try { data = await response.json(); } catch { /* an empty or non-JSON body */ }
  return { ok: response.ok, status: response.status, data };
}

// POSTs and reads the answer as server-sent events, calling onEvent(type, data) for each (data parsed as JSON).
// A refusal that is not a stream (429, 503, 400) comes back as postJson's answer would; a stream as { ok: true }.
export async function postEvents(url, body, onEvent) {
  const response = await fetch(url, { method: "POST", headers: { ...csrfHeaders(), Accept: "text/event-stream" }, body: JSON.stringify(body), credentials: "same-origin" });
  if (!response.ok || !(response.headers.get("Content-Type") ?? "").startsWith("text/event-stream")) {
    let data = null;
    try { data = await response.json(); } catch { /* an empty or non-JSON body */ }
    return { ok: false, status: response.status, data };
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value.replaceAll("\r\n", "\n");
    let end;
    while ((end = pending.indexOf("\n\n")) >= 0) {
      const block = pending.slice(0, end);
      pending = pending.slice(end + 2);
      let type = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) type = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
      }
      if (data.length > 0) onEvent(type, JSON.parse(data.join("\n")));
    }
  }
  return { ok: true, status: response.status };
}
