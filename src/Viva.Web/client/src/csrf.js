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
