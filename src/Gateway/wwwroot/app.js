// The dashboard: views of the control plane, actions on it (js/actions.js), kept up to date by
// js/events.js. No build step, no CDN, works offline.
import { state, get, request, send, explain, supports } from './js/api.js';
import { $, element, cell, time, empty, labelCells, logEntry, breakable } from './js/render.js';
import { watch } from './js/events.js';
import { setUpActions } from './js/actions.js';

const seenEmails = new Set();
let firstLoad = true;
let selected = null;

// Lists are paged: the dashboard asks for the page it shows and says how many there are in all.
function shown(page) {
  return page.total > page.data.length ? `(${page.data.length} of ${page.total})` : `(${page.total})`;
}

// Today's emails by time alone; older ones with their date.
function short(value) {
  const at = new Date(value);
  return at.toDateString() === new Date().toDateString() ? at.toLocaleTimeString() : at.toLocaleString();
}

// ---- outbox ------------------------------------------------------------------------------------------

// The views of one email; those past HTML light up when this gateway maps their route.
const VIEWS = [
  { name: 'HTML', path: '/emulator/outbox/{emailId}/html', frame: true },
  { name: 'Text', path: '/emulator/outbox/{emailId}/text' },
  { name: 'Headers', path: '/emulator/outbox/{emailId}/headers' },
  { name: 'Source', path: '/emulator/outbox/{emailId}/source' },
];
let views = [VIEWS[0]];
let view = VIEWS[0];

async function showView(chosen) {
  view = chosen;
  document.querySelectorAll('#preview-views button').forEach((b) => b.setAttribute('aria-selected', String(b.textContent === chosen.name)));
  if (!selected) return;
  const path = chosen.path.replace('{emailId}', selected.id);
  $('preview').hidden = !chosen.frame;
  $('preview-text').hidden = Boolean(chosen.frame);
  if (chosen.frame) {
    $('preview').src = `${path}${state.tenant ? `?tenant=${encodeURIComponent(state.tenant)}` : ''}`;
    return;
  }
  const answer = await send(request('GET', path));
  $('preview-text').textContent = answer.ok ? (typeof answer.json === 'object' && answer.json ? JSON.stringify(answer.json, null, 2) : answer.text) : explain(answer);
}

function preview(email) {
  selected = email;
  $('preview-caption').replaceChildren(`${email.subject} → `, breakable(email.to));
  document.querySelectorAll('#outbox-rows tr').forEach((tr) => {
    const on = tr.dataset.emailId === email.id;
    tr.classList.toggle('selected', on);
    if (on) tr.setAttribute('aria-current', 'true');
    else tr.removeAttribute('aria-current');
  });
  $('delete-one').hidden = !deleting.one;
  showView(view);
  // On a phone the preview sits under the list: bring it into view rather than leave it a screen away.
  if (matchMedia('(max-width: 760px)').matches) {
    $('preview-figure').scrollIntoView({ block: 'start' });
    $('preview-figure').focus({ preventScroll: true });
  }
}

async function refreshOutbox() {
  const page = await get('/emulator/outbox?limit=50');
  const { data } = page;
  $('outbox-count').textContent = shown(page);
  const tbody = $('outbox-rows');
  if (data.length === 0) {
    selected = null;
    $('preview').src = 'about:blank';
    $('preview-text').textContent = '';
    $('preview-caption').textContent = 'Choose an email to preview it.';
    $('delete-one').hidden = true;
    return empty(tbody, 3, 'No email yet: subscribe, then update the stock.');
  }
  const fresh = data.filter((e) => !seenEmails.has(e.id));
  tbody.replaceChildren(...data.map((email) => {
    const tr = element('tr');
    tr.dataset.emailId = email.id;
    if (!firstLoad && fresh.includes(email)) tr.classList.add('new');
    if (selected?.id === email.id) {
      tr.classList.add('selected');
      tr.setAttribute('aria-current', 'true');
    }
    const button = element('button', { type: 'button', className: 'link', textContent: email.subject });
    button.addEventListener('click', () => preview(email));
    // As a mail client lists them: who and what first, the product and the time beside.
    tr.append(
      element('td', {}, element('span', { className: 'to' }, breakable(email.to)), button),
      element('td', {}, element('span', {}, breakable(email.sku)), element('span', { className: 'minor', textContent: email.locale })),
      element('td', {}, element('time', { dateTime: email.sentAt, textContent: short(email.sentAt) })));
    return tr;
  }));
  labelCells(tbody);
  if (!firstLoad && fresh.length > 0) $('announcer').textContent = `${fresh.length} new email(s) in the outbox.`;
  fresh.forEach((e) => seenEmails.add(e.id));
}

// Deleting emails: offered once the gateway maps DELETE on the outbox.
const deleting = { one: false, all: false };

async function setUpOutbox() {
  const offered = await Promise.all(VIEWS.map((v) => supports('GET', v.path)));
  views = VIEWS.filter((v, i) => v.frame || offered[i]);
  if (views.length > 1) {
    $('preview-views').replaceChildren(...views.map((v) => {
      const button = element('button', { type: 'button', role: 'tab', className: 'tab', textContent: v.name });
      button.setAttribute('aria-selected', String(v === view));
      button.addEventListener('click', () => showView(v));
      return button;
    }));
    $('preview-views').hidden = false;
  }
  [deleting.one, deleting.all] = await Promise.all([supports('DELETE', '/emulator/outbox/{emailId}'), supports('DELETE', '/emulator/outbox')]);
  $('delete-all').hidden = !deleting.all;
  // An email chosen before the answer came gets its delete button now.
  $('delete-one').hidden = !(deleting.one && selected);
  $('delete-all').addEventListener('click', async () => {
    if (!window.confirm('Delete every email in the outbox?')) return;
    const answer = await send(request('DELETE', '/emulator/outbox'));
    if (!answer.ok) $('announcer').textContent = `Could not delete: ${explain(answer)}`;
    refresh();
  });
  $('delete-one').addEventListener('click', async () => {
    if (!selected) return;
    const answer = await send(request('DELETE', `/emulator/outbox/${selected.id}`));
    if (!answer.ok) $('announcer').textContent = `Could not delete: ${explain(answer)}`;
    refresh();
  });
}

// ---- the other views ---------------------------------------------------------------------------------------

async function refreshLog() {
  const { data } = await get('/emulator/integration-log?limit=30');
  const list = $('log-entries');
  if (data.length === 0) {
    list.replaceChildren(element('li', { className: 'empty', textContent: 'No stock update yet.' }));
    return;
  }
  list.replaceChildren(...data.map((entry) => logEntry(entry)));
}

async function refreshSubscriptions() {
  const page = await get('/emulator/subscriptions?limit=200');
  const { data } = page;
  $('subscription-count').textContent = shown(page);
  const root = $('subscription-groups');
  if (data.length === 0) {
    root.replaceChildren(element('p', { className: 'empty', textContent: 'No subscription.' }));
    return;
  }
  const byContact = new Map();
  data.forEach((s) => byContact.set(s.email ?? s.contactId, [...(byContact.get(s.email ?? s.contactId) ?? []), s]));
  root.replaceChildren(...[...byContact].map(([who, subs]) => element('div', { className: 'contact' },
    element('h3', { textContent: who }),
    element('ul', {}, ...subs.map((s) => element('li', {
      textContent: `${s.sku} · ${s.locale}${s.externalId ? ' · ' + s.externalId : ''} · since ${time(s.createdOn)}`,
    }))))));
}

async function refreshStock() {
  const page = await get('/emulator/stock-levels?limit=200');
  const { data } = page;
  $('stock-count').textContent = shown(page);
  const tbody = $('stock-rows');
  if (data.length === 0) return empty(tbody, 5, 'No level yet.');
  tbody.replaceChildren(...data.map((l) => element('tr', {},
    cell(l.sku, { wrap: true }), cell(l.locale ?? '—'), cell(l.externalId ?? '—'), cell(String(l.quantity)), cell(time(l.updatedAt)))));
  labelCells(tbody);
}

// Klaviyo's report per variant: subscribers held at the flow's back-in-stock delay, and those released.
async function refreshKlaviyo() {
  const { data } = await get('/emulator/klaviyo/back-in-stock-report?limit=200');
  const tbody = $('klaviyo-rows');
  if (data.length === 0) return empty(tbody, 6, 'No Klaviyo subscription yet.');
  tbody.replaceChildren(...data.map((v) => element('tr', {},
    cell(v.variantId, { wrap: true }), cell(v.item, { wrap: true }), cell(v.market), cell(String(v.waitingSubscribers)), cell(String(v.notified)),
    cell(v.lastNotifiedAt ? time(v.lastNotifiedAt) : '—'))));
  labelCells(tbody);
}

// The health check answers without a tenant; with several, offer them and show the first until one is chosen.
async function chooseTenant() {
  const health = await get('/emulator/health');
  if (health.tenants.length > 1) {
    state.tenant = state.tenant ?? health.tenant;
    const picker = $('tenant-picker');
    picker.replaceChildren(...health.tenants.map((id) => element('option', {
      value: id, textContent: id, selected: id.toLowerCase() === state.tenant.toLowerCase(),
    })));
    picker.addEventListener('change', () => { location.search = `?tenant=${encodeURIComponent(picker.value)}`; });
    $('tenant-choice').hidden = false;
  }
}

async function refreshStatic() {
  const [health, clock, feeds, automations] = await Promise.all([
    get('/emulator/health'), get('/emulator/clock'), get('/emulator/feeds'), get('/emulator/automations')]);
  $('tenant').textContent = health.tenant;
  $('clock').textContent = time(clock.now);
  $('clock').dateTime = clock.now;
  $('frozen').hidden = !clock.frozen;
  $('feed-list').replaceChildren(...feeds.data.map((f) => element('li', {
    textContent: `${f.locale}: ${f.productCount} products (${f.source}, loaded ${time(f.loadedAt)})`,
  })));
  $('locale-list').replaceChildren(...feeds.data.map((f) => element('option', { value: f.locale })));
  $('automation-list').replaceChildren(...automations.data.map((a) => element('details', {},
    element('summary', { textContent: `${a.name} (${a.id}) · ${a.enabled ? 'enabled' : 'disabled'} · quantity ≥ ${a.minimumQuantity} · ${a.conditions.length} custom condition(s)` }),
    element('pre', { textContent: JSON.stringify(a, null, 2) }))));
  // The SKU fields suggest the first feed's products (a page of them), so a demo needs no lookup.
  if (feeds.data.length > 0 && $('sku-list').childElementCount === 0) {
    const first = await get(`/emulator/feeds/${encodeURIComponent(feeds.data[0].locale)}?take=50`);
    $('sku-list').replaceChildren(...first.products.map((p) => element('option', { value: p.sku, label: p.title })));
  }
}

let refreshing = null;
let again = false;
async function refresh() {
  // One refresh at a time; a change announced during one makes one more after it.
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    try {
      await Promise.all([refreshOutbox(), refreshLog(), refreshSubscriptions(), refreshStock(), refreshKlaviyo(), refreshStatic()]);
      firstLoad = false;
      document.body.dataset.loaded = 'true';
    } catch (error) {
      $('announcer').textContent = `Could not refresh: ${error.message}`;
    } finally {
      refreshing = null;
    }
  })();
  await refreshing;
  if (again) {
    again = false;
    await refresh();
  }
}

chooseTenant().catch(() => {}).finally(() => {
  setUpActions({ refresh, preview });
  setUpOutbox();
  watch(refresh, { status: (mode) => { $('live').textContent = mode === 'live' ? 'live' : 'polling'; } });
});
