// The dashboard polls the control plane: no build step, no CDN, works offline.
'use strict';

const $ = (id) => document.getElementById(id);
const seenEmails = new Set();
let firstLoad = true;
// With several tenants every control-plane call names one: the page's ?tenant=, else the first (see chooseTenant).
let tenant = new URLSearchParams(location.search).get('tenant');

function withTenant(path) {
  if (!tenant) return path;
  return `${path}${path.includes('?') ? '&' : '?'}tenant=${encodeURIComponent(tenant)}`;
}

async function get(path) {
  const response = await fetch(withTenant(path), { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

// Lists are paged: the dashboard asks for the page it shows and says how many there are in all.
function shown(page) {
  return page.total > page.data.length ? `(${page.data.length} of ${page.total})` : `(${page.total})`;
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

function time(value) {
  return new Date(value).toLocaleString();
}

function empty(tbody, columns, text) {
  tbody.replaceChildren();
  const tr = document.createElement('tr');
  const td = cell(text);
  td.colSpan = columns;
  td.className = 'empty';
  tr.append(td);
  tbody.append(tr);
}

function preview(email) {
  $('preview').src = withTenant(`/emulator/outbox/${email.id}/html`);
  $('preview-caption').textContent = `${email.subject} → ${email.to}`;
}

async function refreshOutbox() {
  const page = await get('/emulator/outbox?limit=50');
  const { data } = page;
  $('outbox-count').textContent = shown(page);
  const tbody = $('outbox-rows');
  if (data.length === 0) return empty(tbody, 5, 'No email yet: subscribe, then update the stock.');
  const fresh = data.filter((e) => !seenEmails.has(e.id));
  tbody.replaceChildren(...data.map((email) => {
    const tr = document.createElement('tr');
    tr.dataset.emailId = email.id;
    if (!firstLoad && fresh.includes(email)) tr.className = 'new';
    const subject = document.createElement('td');
    const button = document.createElement('button');
    button.className = 'link';
    button.textContent = email.subject;
    button.addEventListener('click', () => preview(email));
    subject.append(button);
    tr.append(cell(time(email.sentAt)), cell(email.to), subject, cell(email.sku), cell(email.locale));
    return tr;
  }));
  if (!firstLoad && fresh.length > 0) $('announcer').textContent = `${fresh.length} new email(s) in the outbox.`;
  fresh.forEach((e) => seenEmails.add(e.id));
}

async function refreshLog() {
  const { data } = await get('/emulator/integration-log?limit=30');
  const list = $('log-entries');
  if (data.length === 0) {
    list.innerHTML = '<li class="empty">No stock update yet.</li>';
    return;
  }
  list.replaceChildren(...data.map((entry) => {
    const li = document.createElement('li');
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const failures = entry.considered.filter((s) => s.outcome === 'failed').length;
    summary.textContent = `${time(entry.at)} · ${entry.sku} qty ${entry.quantity} · case ${entry.matchingCase} · ${entry.considered.length} considered, ${entry.sentToTrigger} sent to the trigger`
      + (entry.error ? ' · item failed' : '') + (failures ? ` · ${failures} failed` : '');
    if (entry.error || failures) {
      li.className = 'failed';
    }
    details.append(summary);
    if (entry.error) {
      const p = document.createElement('p');
      p.className = 'error';
      p.textContent = `✗ ${entry.error}`;
      details.append(p);
    }
    entry.warnings.forEach((w) => {
      const p = document.createElement('p');
      p.className = 'warning';
      p.textContent = `⚠ ${w}`;
      details.append(p);
    });
    entry.considered.forEach((s) => {
      const p = document.createElement('p');
      p.textContent = `Subscription ${s.subscriptionId.slice(0, 8)}… (${s.locale}${s.externalId ? ', ' + s.externalId : ''}): ${s.outcome}`;
      if (s.error) {
        p.className = 'error';
        p.textContent += ` (still waiting): ${s.error}`;
      }
      const ul = document.createElement('ul');
      s.conditions.forEach((c) => {
        const item = document.createElement('li');
        item.className = c.passed ? 'pass' : 'fail';
        item.textContent = `${c.passed ? '✓' : '✗'} [${c.scope}] ${c.condition}: ${c.detail}`;
        ul.append(item);
      });
      details.append(p, ul);
    });
    li.append(details);
    return li;
  }));
}

async function refreshSubscriptions() {
  const page = await get('/emulator/subscriptions?limit=200');
  const { data } = page;
  $('subscription-count').textContent = shown(page);
  const root = $('subscription-groups');
  if (data.length === 0) {
    root.innerHTML = '<p class="empty">No subscription.</p>';
    return;
  }
  const byContact = Map.groupBy ? Map.groupBy(data, (s) => s.email ?? s.contactId) : data.reduce((m, s) => m.set(s.email ?? s.contactId, [...(m.get(s.email ?? s.contactId) ?? []), s]), new Map());
  root.replaceChildren(...[...byContact].map(([who, subs]) => {
    const div = document.createElement('div');
    const h3 = document.createElement('h3');
    h3.textContent = who;
    const ul = document.createElement('ul');
    subs.forEach((s) => {
      const li = document.createElement('li');
      li.textContent = `${s.sku} · ${s.locale}${s.externalId ? ' · ' + s.externalId : ''} · since ${time(s.createdOn)}`;
      ul.append(li);
    });
    div.append(h3, ul);
    return div;
  }));
}

async function refreshStock() {
  const page = await get('/emulator/stock-levels?limit=200');
  const { data } = page;
  $('stock-count').textContent = shown(page);
  const tbody = $('stock-rows');
  if (data.length === 0) return empty(tbody, 5, 'No level yet.');
  tbody.replaceChildren(...data.map((l) => {
    const tr = document.createElement('tr');
    tr.append(cell(l.sku), cell(l.locale ?? '—'), cell(l.externalId ?? '—'), cell(String(l.quantity)), cell(time(l.updatedAt)));
    return tr;
  }));
}

// Klaviyo's report per variant: subscribers held at the flow's back-in-stock delay, and those released.
async function refreshKlaviyo() {
  const { data } = await get('/emulator/klaviyo/back-in-stock-report?limit=200');
  const tbody = $('klaviyo-rows');
  if (data.length === 0) return empty(tbody, 6, 'No Klaviyo subscription yet.');
  tbody.replaceChildren(...data.map((v) => {
    const tr = document.createElement('tr');
    tr.append(cell(v.variantId), cell(v.item), cell(v.market), cell(String(v.waitingSubscribers)), cell(String(v.notified)),
      cell(v.lastNotifiedAt ? time(v.lastNotifiedAt) : '—'));
    return tr;
  }));
}

// The health check answers without a tenant; with several, offer them and show the first until one is chosen.
async function chooseTenant() {
  const health = await get('/emulator/health');
  if (health.tenants.length > 1) {
    tenant = tenant ?? health.tenant;
    const picker = $('tenant-picker');
    picker.replaceChildren(...health.tenants.map((id) => {
      const option = document.createElement('option');
      option.value = id;
      option.textContent = id;
      option.selected = id.toLowerCase() === tenant.toLowerCase();
      return option;
    }));
    picker.addEventListener('change', () => { location.search = `?tenant=${encodeURIComponent(picker.value)}`; });
    $('tenant-choice').hidden = false;
  }
}

async function refreshStatic() {
  const [health, clock, feeds, automations] = await Promise.all([
    get('/emulator/health'), get('/emulator/clock'), get('/emulator/feeds'), get('/emulator/automations')]);
  $('tenant').textContent = health.tenant;
  $('clock').textContent = time(clock.now);
  $('frozen').hidden = !clock.frozen;
  $('feed-list').replaceChildren(...feeds.data.map((f) => {
    const li = document.createElement('li');
    li.textContent = `${f.locale}: ${f.productCount} products (${f.source}, loaded ${time(f.loadedAt)})`;
    return li;
  }));
  $('automation-list').replaceChildren(...automations.data.map((a) => {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = `${a.name} (${a.id}) · ${a.enabled ? 'enabled' : 'disabled'} · quantity ≥ ${a.minimumQuantity} · ${a.conditions.length} custom condition(s)`;
    const pre = document.createElement('pre');
    pre.textContent = JSON.stringify(a, null, 2);
    details.append(summary, pre);
    return details;
  }));
}

async function refresh() {
  try {
    await Promise.all([refreshOutbox(), refreshLog(), refreshSubscriptions(), refreshStock(), refreshKlaviyo()]);
    firstLoad = false;
  } catch (error) {
    $('announcer').textContent = `Could not refresh: ${error.message}`;
  }
}

chooseTenant().catch(() => {}).finally(() => {
  refreshStatic();
  refresh();
  setInterval(refresh, 1500);
  setInterval(refreshStatic, 10000);
});
