// A retailer's product page: the out-of-stock size shows a form that posts to the Centra accelerator.
'use strict';

const $ = (id) => document.getElementById(id);
const market = '4';
let store = 'voyado.centraqa';
let product = null;

async function load() {
  const locale = $('locale').value;
  // The page's ?tenant= picks the store when several tenants are configured; the first one otherwise.
  const named = new URLSearchParams(location.search).get('tenant');
  store = named ?? (await (await fetch('/emulator/health')).json()).tenant;
  const feed = await (await fetch(`/emulator/feeds/${locale}?take=1&tenant=${encodeURIComponent(store)}`)).json();
  product = feed.products[0];
  $('title').textContent = product.title;
  $('price').textContent = product.price != null ? `${product.price.toFixed(2)} ${product.currency ?? ''}` : '';
  $('sku').textContent = `SKU ${product.sku}`;
  const soldOut = product.attributes?.size ?? product.sku.split('-').pop();
  const sizes = ['S', 'M', 'L', 'XL'].includes(soldOut) ? ['S', 'M', 'L', 'XL'] : [soldOut, 'S', 'M'];
  $('sizes').replaceChildren(...sizes.map((size) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = size;
    button.setAttribute('aria-pressed', 'false');
    if (size === soldOut) {
      button.className = 'sold-out';
      button.setAttribute('aria-label', `${size}, out of stock`);
    }
    button.addEventListener('click', () => choose(button, size === soldOut));
    return button;
  }));
  $('notify').hidden = true;
  $('result').textContent = '';
}

function choose(button, soldOut) {
  document.querySelectorAll('#sizes button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
  $('notify').hidden = !soldOut;
  if (soldOut) $('email').focus();
}

async function subscribe(event) {
  event.preventDefault();
  const result = $('result');
  result.className = '';
  result.textContent = 'Sending…';
  const body = {
    email: $('email').value.trim(),
    sku: product.sku,
    acceptemail: $('acceptemail').checked,
    store,
    locale: $('locale').value,
    externalId: market,
  };
  try {
    const response = await fetch('/api/v1/centra/back-in-stock/subscribe', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.ok) {
      result.className = 'ok';
      result.textContent = `Thanks! We will email ${body.email} when ${product.title} is back in stock.`;
      return;
    }
    // Engage's error shape, as a storefront written for Engage reads it: one validationErrors item per field.
    const failure = await response.json();
    const fields = (failure.validationErrors ?? []).map((item) => `${item.key} ${item.errorDescription}`);
    result.className = 'error';
    result.textContent = fields.length > 0 ? `Please check: ${fields.join('; ')}` : failure.message;
  } catch (error) {
    result.className = 'error';
    result.textContent = `Could not reach the server: ${error.message}`;
  }
}

$('locale').addEventListener('change', load);
$('notify').addEventListener('submit', subscribe);
load();
