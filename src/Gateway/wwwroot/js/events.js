// Live updates: the gateway's server-sent events when it offers GET /emulator/events, polling otherwise
// and while the stream is down. Whatever the event says, the page re-reads what it shows, so any event
// name the server sends is enough to bring the page up to date.
import { supports, withTenant } from './api.js';

const POLL_MS = 1500;
const RETRY_STREAM_MS = 10000;
// Named events are only delivered to listeners for their name: these are the types GET /emulator/events
// sends (src/Emulator/Changes/Change.cs); `resync` asks for everything again, which a refresh is.
const NAMES = ['email.created', 'email.deleted', 'outbox.cleared', 'log.created', 'stock-level.changed',
  'subscription.created', 'subscription.deleted', 'feed.replaced', 'feed.deleted', 'automations.replaced', 'reset', 'resync'];

export function watch(onChange, { path = '/emulator/events', status = () => {} } = {}) {
  let timer = null;
  let source = null;
  let pending = false;

  // Several events in one burst (a batch of stock levels) make one refresh.
  const changed = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => { pending = false; onChange(); }, 100);
  };

  const poll = () => {
    if (timer) return;
    status('polling');
    timer = setInterval(onChange, POLL_MS);
  };

  const stream = () => {
    source = new EventSource(withTenant(path));
    source.addEventListener('open', () => {
      clearInterval(timer);
      timer = null;
      status('live');
      onChange();
    });
    NAMES.forEach((name) => source.addEventListener(name, changed));
    source.addEventListener('error', () => {
      // Dropped: poll until the stream answers again.
      source.close();
      poll();
      setTimeout(stream, RETRY_STREAM_MS);
    });
  };

  supports('GET', path).then((offered) => {
    if (offered && 'EventSource' in window) stream();
    else poll();
  });
  onChange();
  return { refreshNow: onChange };
}
