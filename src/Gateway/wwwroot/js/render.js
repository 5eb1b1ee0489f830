// Small DOM helpers shared by the views and the actions.

export const $ = (id) => document.getElementById(id);

export function element(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

// Addresses and SKUs may break after @ . - _ / and nowhere else: never in the middle of a word.
export function breakable(text) {
  const fragment = document.createDocumentFragment();
  String(text ?? '').split(/(?<=[@._\-/])/).forEach((piece, i) => {
    if (i > 0) fragment.append(document.createElement('wbr'));
    fragment.append(piece);
  });
  return fragment;
}

export function cell(content, { wrap = false } = {}) {
  const td = document.createElement('td');
  if (content instanceof Node) td.append(content);
  else if (wrap) td.append(breakable(content));
  else td.textContent = content ?? '';
  return td;
}

export function time(value) {
  return new Date(value).toLocaleString();
}

export function empty(tbody, columns, text) {
  const td = cell(text);
  td.colSpan = columns;
  td.className = 'empty';
  tbody.replaceChildren(element('tr', {}, td));
}

// On a phone a table's rows become cards: each cell names its column (the hidden header's text).
export function labelCells(tbody) {
  const headings = [...tbody.closest('table').querySelectorAll('thead th')].map((th) => th.textContent);
  tbody.querySelectorAll('tr').forEach((tr) => [...tr.cells].forEach((td, i) => {
    if (!td.classList.contains('empty') && headings[i]) td.dataset.label = headings[i];
  }));
}

/** One item of a stock update (the integration log's or a dry run's): what matched and, per subscription, each condition. */
export function logEntry(entry, { open = false } = {}) {
  const li = element('li');
  const details = element('details', { open });
  const failures = entry.considered.filter((s) => s.outcome === 'failed').length;
  const where = [entry.locale, entry.externalId].filter(Boolean).join(', ');
  details.append(element('summary', {
    textContent: `${time(entry.at)} · ${entry.sku} qty ${entry.quantity}${where ? ` (${where})` : ''} · case ${entry.matchingCase} · `
      + `${entry.considered.length} considered, ${entry.sentToTrigger} sent to the trigger`
      + (entry.error ? ' · item failed' : '') + (failures ? ` · ${failures} failed` : ''),
  }));
  if (entry.error || failures) li.className = 'failed';
  if (entry.error) details.append(element('p', { className: 'error', textContent: `✗ ${entry.error}` }));
  entry.warnings.forEach((w) => details.append(element('p', { className: 'warning', textContent: `⚠ ${w}` })));
  if (entry.considered.length === 0) details.append(element('p', { className: 'empty', textContent: 'No subscription matched this item.' }));
  entry.considered.forEach((s) => {
    const p = element('p', { className: `subscription ${s.outcome}` });
    p.append(`Subscription ${s.subscriptionId.slice(0, 8)}… (${s.locale}${s.externalId ? ', ' + s.externalId : ''}): `, element('strong', { textContent: s.outcome }));
    if (s.error) {
      p.classList.add('error');
      p.append(` (still waiting): ${s.error}`);
    }
    const ul = element('ul', { className: 'conditions' });
    s.conditions.forEach((c) => ul.append(element('li', {
      className: c.passed ? 'pass' : 'fail',
      textContent: `${c.passed ? '✓' : '✗'} [${c.scope}] ${c.condition}: ${c.detail}`,
    })));
    details.append(p, ul);
  });
  li.append(details);
  return li;
}
