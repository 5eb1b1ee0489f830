// How the dashboard talks to the gateway: the same public routes and control plane any client uses,
// and, for every request it sends, the curl command that sends the same request.

export const state = {
  // With several tenants every control-plane call names one: the page's ?tenant=, else the first.
  tenant: new URLSearchParams(location.search).get('tenant'),
  // Engage's routes pick the tenant by key; the key comes from /emulator/dev-key or from the person.
  apiKey: '',
};

export const TENANT_HEADER = 'X-BackInStock-Tenant';

export function withTenant(path) {
  if (!state.tenant || !path.startsWith('/emulator')) return path;
  return `${path}${path.includes('?') ? '&' : '?'}tenant=${encodeURIComponent(state.tenant)}`;
}

export async function get(path) {
  const response = await fetch(withTenant(path), { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

/** One request as the dashboard sends it and as curl would: method, path, JSON body, and whose rules apply. */
export function request(method, path, body) {
  const engage = path.startsWith('/api/');
  const headers = { accept: 'application/json' };
  if (engage) headers.apikey = state.apiKey;
  else if (state.tenant) headers[TENANT_HEADER] = state.tenant;
  // Engage's routes want JSON bodies; the control plane wants every write sent as JSON, even an empty one.
  if (body !== undefined || (!engage && method !== 'GET' && method !== 'DELETE')) headers['content-type'] = 'application/json';
  return { method, path, body, headers };
}

export async function send(req) {
  const response = await fetch(req.path, {
    method: req.method,
    headers: req.headers,
    body: req.body === undefined ? undefined : (typeof req.body === 'string' ? req.body : JSON.stringify(req.body)),
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON: keep the text */ }
  return { status: response.status, ok: response.ok, json, text };
}

/** Why a request failed, in the words of the answer: problem+json's detail, Engage's message and validation errors. */
export function explain(answer) {
  const body = answer.json;
  if (!body || typeof body !== 'object') return `${answer.status} ${answer.text ?? ''}`.trim();
  const fields = body.validationErrors?.map((e) => `${e.field ?? e.path ?? ''} ${e.message ?? ''}`.trim())
    ?? Object.entries(body.errors ?? {}).map(([path, messages]) => `${path}: ${[].concat(messages).join(' ')}`);
  return [`${answer.status} ${body.errorCode ?? ''}`.trim(), body.detail ?? body.message ?? body.title, ...(fields ?? [])].filter(Boolean).join(' · ');
}

// POSIX single quotes: nothing inside is expanded; a quote is closed, escaped and reopened.
export const quote = (text) => `'${String(text).replace(/'/g, `'\\''`)}'`;

const loopback = ['localhost', '127.0.0.1', '[::1]'];

/** The request as a curl command to paste into a shell, against this gateway's origin. */
export function curl(req, { bodyFile } = {}) {
  const parts = [`curl -sS${req.method === 'GET' ? '' : ` -X ${req.method}`} ${quote(location.origin + req.path)}`];
  for (const [name, value] of Object.entries(req.headers)) {
    if (name === 'accept') continue;
    parts.push(`-H ${quote(`${name === 'content-type' ? 'Content-Type' : name}: ${value}`)}`);
  }
  // Through a team host name the control plane also wants the admin key (see README, "Local-only").
  if (!req.path.startsWith('/api/') && req.method !== 'GET' && !loopback.includes(location.hostname)) {
    parts.push('-H "X-BackInStock-Admin-Key: $BACKINSTOCK_ADMIN_KEY"');
  }
  if (bodyFile) parts.push(`--data-binary @${quote(bodyFile)}`);
  else if (req.body !== undefined) parts.push(`--data-raw ${quote(typeof req.body === 'string' ? req.body : JSON.stringify(req.body))}`);
  return parts.join(' \\\n  ');
}

/** The dev key for the chosen tenant: the person's own choice first (kept per tenant), else what the gateway tells this machine. */
export async function loadApiKey() {
  const stored = localStorage.getItem(keyStorage());
  if (stored) {
    state.apiKey = stored;
    return { key: stored, from: 'stored' };
  }
  try {
    const answer = await get('/emulator/dev-key');
    state.apiKey = answer.apiKey ?? '';
    return { key: state.apiKey, from: answer.apiKey ? 'gateway' : 'none' };
  } catch {
    return { key: '', from: 'refused' };
  }
}

export function storeApiKey(key) {
  state.apiKey = key;
  if (key) localStorage.setItem(keyStorage(), key);
  else localStorage.removeItem(keyStorage());
}

function keyStorage() {
  return `backinstock.apiKey.${state.tenant ?? ''}`;
}

/** Which operations this gateway maps, read once from its runtime OpenAPI document, so newer features light up by themselves. */
let operations;
export async function supports(method, path) {
  operations ??= fetch('/openapi/v1.json').then((r) => (r.ok ? r.json() : { paths: {} })).catch(() => ({ paths: {} }));
  const doc = await operations;
  return Boolean(doc.paths?.[path]?.[method.toLowerCase()]);
}
