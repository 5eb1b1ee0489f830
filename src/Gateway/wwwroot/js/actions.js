// The dashboard's actions. Each form sends what a client would send (Engage's /api/v3 routes with the
// tenant's key, or the control plane) and shows the same request as a curl command, kept up to date as
// the form is filled in, so it can be copied before or after running it.
import { state, request, send, explain, curl, quote, get, storeApiKey, loadApiKey } from './api.js';
import { $, element, breakable, logEntry, time } from './render.js';

let afterChange = () => {};
let showEmail = () => {};

export function setUpActions({ refresh, preview }) {
  afterChange = refresh;
  showEmail = preview;
  setUpKey();
  setUpStock();
  setUpSubscribe();
  setUpClock();
  setUpReset();
  setUpFeed();
}

// ---- the curl blocks ----------------------------------------------------------------------------

function curlBlock(container, label) {
  const pre = element('pre', { className: 'curl-command', tabIndex: 0 });
  const copy = element('button', { type: 'button', className: 'secondary small', textContent: 'Copy' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.textContent);
      copy.textContent = 'Copied';
    } catch {
      // No clipboard (plain http on a team host name): select the text for Ctrl+C instead.
      getSelection().selectAllChildren(pre);
      copy.textContent = 'Selected: press Ctrl+C';
    }
    setTimeout(() => { copy.textContent = 'Copy'; }, 2000);
  });
  const block = element('div', { className: 'curl' }, element('div', { className: 'curl-bar' }, element('span', { textContent: label }), copy), pre);
  container.append(block);
  return (text) => { pre.textContent = text; };
}

function fields(form) {
  const data = Object.fromEntries(new FormData(form));
  Object.keys(data).forEach((k) => { if (typeof data[k] === 'string') data[k] = data[k].trim(); });
  return data;
}

function result(form, ...content) {
  const output = form.querySelector('output');
  output.replaceChildren(...content);
  return output;
}

const line = (className, text) => element('p', { className, textContent: text });

async function busy(form, work) {
  const buttons = form.querySelectorAll('button[type=submit], button:not([type])');
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await work();
  } catch (error) {
    result(form, line('error', `✗ ${error.message}`));
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

// ---- API key -----------------------------------------------------------------------------------

function setUpKey() {
  const input = $('api-key');
  const note = $('api-key-note');
  loadApiKey().then(({ key, from }) => {
    input.value = key;
    note.textContent = {
      stored: 'Your key, kept in this browser.',
      gateway: 'The tenant\'s key, as the gateway tells this machine (GET /emulator/dev-key).',
      none: 'This tenant has no key configured (Gateway:ApiKeys).',
      refused: 'The gateway tells its key only to pages on its own machine: paste the key it printed at start-up.',
    }[from];
    document.dispatchEvent(new Event('apikey'));
  });
  input.addEventListener('change', () => {
    storeApiKey(input.value.trim());
    note.textContent = input.value.trim() ? 'Your key, kept in this browser.' : '';
    document.dispatchEvent(new Event('apikey'));
  });
}

// Keeps a form's curl commands in step with its fields and the key.
function live(form, render) {
  const update = () => render(fields(form));
  form.addEventListener('input', update);
  document.addEventListener('apikey', update);
  update();
}

// ---- stock levels: update and dry run -------------------------------------------------------------

function stockItems(f) {
  const item = { sku: f.sku, quantity: Number.parseInt(f.quantity, 10) };
  if (f.locale) item.locale = f.locale;
  if (f.externalId) item.externalId = f.externalId;
  return [item];
}

function setUpStock() {
  const form = $('stock-form');
  const showUpdate = curlBlock(form.querySelector('.curls'), 'Update (Engage\'s route)');
  const showDryRun = curlBlock(form.querySelector('.curls'), 'Dry run (control plane)');
  live(form, (f) => {
    showUpdate(curl(request('PUT', '/api/v3/inventory/stock-levels', stockItems(f))));
    showDryRun(curl(request('POST', '/emulator/stock-levels/dry-run', stockItems(f))));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const dryRun = event.submitter?.value === 'dry-run';
    busy(form, () => (dryRun ? dryRunStock(form) : updateStock(form)));
  });
}

async function updateStock(form) {
  const items = stockItems(fields(form));
  const { sku } = items[0];
  const since = (await get('/emulator/clock')).now;
  const query = `sku=${encodeURIComponent(sku)}&since=${encodeURIComponent(since)}&limit=200`;
  const known = new Set((await get(`/emulator/integration-log?${query}`)).data.map((e) => e.id));
  const answer = await send(request('PUT', '/api/v3/inventory/stock-levels', items));
  if (!answer.ok) {
    result(form, line('error', `✗ ${explain(answer)}`));
    return;
  }
  result(form, line('pending', `${answer.status} Accepted: waiting for the batch to be processed…`));
  // 202 means stored; the batch is then processed. Its log entries name the batch its emails carry.
  const deadline = Date.now() + 10000;
  let entries = [];
  while (Date.now() < deadline) {
    entries = (await get(`/emulator/integration-log?${query}`)).data.filter((e) => !known.has(e.id));
    if (entries.length >= items.length) break;
    await new Promise((resolve) => { setTimeout(resolve, 250); });
  }
  afterChange();
  if (entries.length === 0) {
    result(form, line('warning', `${answer.status} Accepted, but the integration log shows no entry for ${sku} yet: see the integration log below.`));
    return;
  }
  const batches = new Set(entries.map((e) => e.batchId));
  const emails = (await get(`/emulator/outbox?${query}`)).data.filter((e) => batches.has(e.batchId));
  const list = element('ul', { className: 'sent' }, ...emails.map((email) => {
    const button = element('button', { type: 'button', className: 'link' }, `${email.subject} → `, breakable(email.to));
    button.addEventListener('click', () => showEmail(email));
    return element('li', {}, button);
  }));
  result(form,
    line(emails.length ? 'pass' : 'fail', `${answer.status} Accepted · ${emails.length} email(s) sent · ${entries.reduce((n, e) => n + e.considered.length, 0)} subscription(s) considered`),
    list,
    element('ol', { className: 'log' }, ...entries.map((e) => logEntry(e, { open: emails.length === 0 }))));
}

async function dryRunStock(form) {
  const answer = await send(request('POST', '/emulator/stock-levels/dry-run', stockItems(fields(form))));
  if (!answer.ok) {
    result(form, line('error', `✗ ${explain(answer)}`));
    return;
  }
  const { entries, emails } = answer.json;
  result(form,
    element('p', { className: 'dry-run' }, `Dry run: nothing was changed. ${emails.length} email(s) would be sent${emails.length ? ': ' : ''}`,
      ...emails.flatMap((e, i) => [i ? ', ' : '', breakable(e.to)]), '.'),
    element('ol', { className: 'log' }, ...entries.map((e) => logEntry(e, { open: true }))));
}

// ---- subscribe a contact ------------------------------------------------------------------------

function subscription(f, contactId) {
  const body = { contactId, sku: f.sku, locale: f.locale };
  if (f.externalId) body.externalId = f.externalId;
  return body;
}

// The three steps as one shell script: find the contact by email, create it if there is none, subscribe it.
function subscribeScript(f) {
  const lookup = request('GET', `/api/v3/contacts/id?email=${encodeURIComponent(f.email)}`);
  const create = request('POST', '/api/v3/contacts', { email: f.email, acceptsEmail: true });
  const rest = JSON.stringify(subscription(f, '')).replace('{"contactId":"",', '');
  const subscribe = request('POST', '/api/v3/inventory/backinstock/subscriptions', '__BODY__');
  return [
    '# Find the contact by email (curl reports a 404 when there is none), else create it; then subscribe it.',
    `CONTACT_ID=$(${curl(lookup).replace('curl -sS', 'curl -sSf')} || \\`,
    `  ${curl(create).replace('curl -sS', 'curl -sSf')} | sed -n 's/^{"id":"\\([^"]*\\)".*/\\1/p')`,
    `CONTACT_ID=$(printf %s "$CONTACT_ID" | tr -d '"')`,
    curl(subscribe).replace(quote('__BODY__'), `'{"contactId":"'"$CONTACT_ID"'",${quote(rest).slice(1)}`),
  ].join('\n');
}

function setUpSubscribe() {
  const form = $('subscribe-form');
  const show = curlBlock(form.querySelector('.curls'), 'Find or create the contact, then subscribe (Engage\'s routes)');
  live(form, (f) => show(subscribeScript(f)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, () => subscribe(form));
  });
}

async function subscribe(form) {
  const f = fields(form);
  const found = await send(request('GET', `/api/v3/contacts/id?email=${encodeURIComponent(f.email)}`));
  let contactId = found.ok ? found.json : null;
  let created = false;
  if (!found.ok && found.status !== 404) {
    result(form, line('error', `✗ Looking up the contact: ${explain(found)}`));
    return;
  }
  if (!contactId) {
    const made = await send(request('POST', '/api/v3/contacts', { email: f.email, acceptsEmail: true }));
    if (!made.ok) {
      result(form, line('error', `✗ Creating the contact: ${explain(made)}`));
      return;
    }
    contactId = made.json.id;
    created = true;
  }
  const answer = await send(request('POST', '/api/v3/inventory/backinstock/subscriptions', subscription(f, contactId)));
  afterChange();
  result(form, answer.ok
    ? line('pass', `${answer.status} Subscribed ${f.email} (${created ? 'new contact' : 'existing contact'}) to ${f.sku} in ${f.locale}${f.externalId ? ', ' + f.externalId : ''}: subscription ${answer.json.id}.`)
    : line('error', `✗ Subscribing: ${explain(answer)}`));
}

// ---- clock ----------------------------------------------------------------------------------------

const UNIT_SECONDS = { minutes: 60, hours: 3600, days: 86400 };

function clockChange(f) {
  switch (f.change) {
    case 'freeze': return { frozen: true };
    case 'advance': return { advanceSeconds: Number(f.amount) * UNIT_SECONDS[f.unit] };
    case 'release': return { frozen: false };
    default: return { reset: true };
  }
}

function setUpClock() {
  const form = $('clock-form');
  const show = curlBlock(form.querySelector('.curls'), 'Control plane');
  live(form, (f) => {
    form.querySelector('.amount').hidden = f.change !== 'advance';
    show(curl(request('PUT', '/emulator/clock', clockChange(f))));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      const answer = await send(request('PUT', '/emulator/clock', clockChange(fields(form))));
      afterChange();
      result(form, answer.ok
        ? line('pass', `${answer.status} The clock reads ${time(answer.json.now)}${answer.json.frozen ? ', frozen' : ', running'}.`)
        : line('error', `✗ ${explain(answer)}`));
    });
  });
}

// ---- reset ----------------------------------------------------------------------------------------

function setUpReset() {
  const form = $('reset-form');
  const show = curlBlock(form.querySelector('.curls'), 'Control plane');
  live(form, () => show(curl(request('POST', '/emulator/reset'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const who = state.tenant ? `tenant ${state.tenant}` : 'the tenant';
    if (!window.confirm(`Delete every contact, subscription, stock level, email and log entry of ${who}, and restore the default feeds and automation?`)) return;
    busy(form, async () => {
      const answer = await send(request('POST', '/emulator/reset'));
      afterChange();
      result(form, answer.ok ? line('pass', `${answer.status} Reset: ${who} is empty again.`) : line('error', `✗ ${explain(answer)}`));
    });
  });
}

// ---- a locale's feed from a file ---------------------------------------------------------------------

function setUpFeed() {
  const form = $('feed-form');
  const file = form.elements.file;
  const show = curlBlock(form.querySelector('.curls'), 'Control plane (the file is the JSON body)');
  const render = (f) => show(curl(request('PUT', `/emulator/feeds/${f.locale ? encodeURIComponent(f.locale) : '{locale}'}`), { bodyFile: file.files[0]?.name ?? 'feed.json' }));
  // A file named after its locale (sv-SE.json) fills the locale in, as the start-up folder reads it.
  file.addEventListener('change', () => {
    const name = file.files[0]?.name ?? '';
    if (name && !form.elements.locale.value) form.elements.locale.value = name.replace(/\.[^.]+$/, '');
    render(fields(form));
  });
  live(form, (f) => render(f));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      const f = fields(form);
      const chosen = file.files[0];
      if (!/\.json$/i.test(chosen.name)) {
        result(form, line('error', '✗ The control plane takes a feed as JSON (an array of products). Google Merchant XML, CSV and TSV files are read at start-up from the feeds folder (--feeds, Emulator:FeedsPath).'));
        return;
      }
      const answer = await send(request('PUT', `/emulator/feeds/${encodeURIComponent(f.locale)}`, await chosen.text()));
      afterChange();
      result(form, answer.ok
        ? line('pass', `${answer.status} The ${answer.json.locale} feed now holds ${answer.json.productCount} product(s).`)
        : line('error', `✗ ${explain(answer)}`));
    });
  });
}
