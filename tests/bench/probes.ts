/**
 * Scripts installed in the page (page.addInitScript) before any of its own code
 * runs. They are strings, not functions: tsx compiles with keepNames, which adds
 * calls to a `__name` helper that does not exist in the page.
 */

export type OpenProbe = {
  /** performance.now() when the first rich-text field entered the DOM. */
  firstField: number | null;
  /** …and when it was editable and showed its content. */
  firstEditable: number | null;
};

/** Watches the DOM for the first rich-text field (".rich-content") becoming usable. */
export const OPEN_PROBE = `(() => {
  let resolve;
  const probe = { firstField: null, firstEditable: null, done: new Promise((r) => (resolve = r)) };
  window.__openProbe = probe;
  const observer = new MutationObserver(() => {
    const field = document.querySelector('.rich-content');
    if (field === null) return;
    if (probe.firstField === null) probe.firstField = performance.now();
    if (field.isContentEditable && (field.textContent || '').trim().length > 0) {
      probe.firstEditable = performance.now();
      observer.disconnect();
      resolve();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
})();`;

export type OpenTimings = OpenProbe & {
  /** The main script downloaded, the document parsed and the script run. */
  scriptEnd: number;
  domContentLoaded: number;
  /** documents.load over HTTP: request sent and answer received. */
  loadStart: number;
  loadEnd: number;
  loadBytes: number;
};

/** Evaluated after the probe fired: the probe plus the navigation and resource timings. */
export const READ_OPEN_TIMINGS = `(() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const script = resources.find((entry) => /\\/assets\\/index-.*\\.js$/.test(entry.name));
  const load = resources.find((entry) => entry.name.endsWith('/api/documents/load'));
  return {
    firstField: window.__openProbe.firstField,
    firstEditable: window.__openProbe.firstEditable,
    scriptEnd: script ? script.responseEnd : NaN,
    domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : NaN,
    loadStart: load ? load.startTime : NaN,
    loadEnd: load ? load.responseEnd : NaN,
    loadBytes: load ? load.encodedBodySize : NaN,
  };
})()`;

/**
 * Resolves once the probe fired. (Not page.waitForFunction: the app's CSP forbids
 * the eval it uses for string predicates; Runtime.evaluate is not subject to it.)
 */
export const OPEN_DONE = `Promise.race([
  window.__openProbe.done.then(() => true),
  new Promise((_, reject) => setTimeout(() => reject(new Error('No editable field after 60 s')), 60000)),
])`;

/**
 * Times every keystroke from its keydown (captured on window, before any handler
 * of the page) to just after the next frame is painted: a rAF callback runs
 * before the paint, a message posted from it is delivered after the paint.
 */
export const KEY_PROBE = `(() => {
  const probe = { samples: [], pending: 0, waiters: [] };
  window.__keyProbe = probe;
  window.addEventListener('keydown', () => {
    const start = performance.now();
    probe.pending++;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        probe.samples.push(performance.now() - start);
        probe.pending--;
        if (probe.pending === 0) probe.waiters.splice(0).forEach((resolve) => resolve());
      };
      channel.port2.postMessage(null);
    });
  }, true);
  probe.settled = () =>
    probe.pending === 0 ? Promise.resolve() : new Promise((resolve) => probe.waiters.push(resolve));
})();`;

export const KEY_RESET = 'window.__keyProbe.samples = []';
export const KEY_SETTLED = 'window.__keyProbe.settled()';
export const KEY_SAMPLES = 'window.__keyProbe.samples';

/**
 * Opens a route in the running app (as clicking a program in the library does:
 * no page load) and resolves with the milliseconds until the first rich-text
 * field is editable and shows its content. Returns a string to evaluate.
 */
export function openInApp(route: string): string {
  return `new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const field = document.querySelector('.rich-content');
      if (field !== null && field.isContentEditable && (field.textContent || '').trim().length > 0) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    location.hash = ${JSON.stringify(route)};
  })`;
}

/** The page's clock as the sync probes read it: ms since the epoch, sub-millisecond. */
export const PAGE_CLOCK = 'performance.timeOrigin + performance.now()';

/** A's side: the page clock at every keydown, captured on window before the page's handlers. */
export const KEYDOWN_CLOCK_PROBE = `(() => {
  window.__keydowns = [];
  window.addEventListener('keydown', () => window.__keydowns.push(performance.timeOrigin + performance.now()), true);
})();`;
export const KEYDOWN_TIMES = 'window.__keydowns';
export const KEYDOWN_RESET = 'window.__keydowns = []';

/**
 * B's side: watches the rich-text field labelled `label` and records the page
 * clock when each character of `typed` (appended at the field's end) first shows
 * in its DOM. A MutationObserver's callback runs as a microtask after the DOM
 * change, before the frame is painted. Evaluate the result once the field exists.
 */
export function remoteTextProbe(label: string, typed: string): string {
  return `(() => {
    const label = [...document.querySelectorAll('.field-label')].find((el) => el.textContent === ${JSON.stringify(label)});
    const field = label && document.querySelector('[aria-labelledby="' + label.id + '"]');
    if (!field) throw new Error('No field labelled ' + ${JSON.stringify(label)});
    const typed = ${JSON.stringify(typed)};
    const base = field.textContent.length;
    const probe = { arrivals: [], waiters: [] };
    window.__remoteProbe = probe;
    new MutationObserver(() => {
      const now = performance.timeOrigin + performance.now();
      const text = field.textContent;
      const count = text.length - base;
      // Only a state with the typed text so far at the end counts (Lexical may pass through others).
      if (count <= probe.arrivals.length || count > typed.length || !text.endsWith(typed.slice(0, count))) return;
      while (probe.arrivals.length < count) probe.arrivals.push(now);
      probe.waiters = probe.waiters.filter(([wanted, resolve]) => {
        if (probe.arrivals.length < wanted) return true;
        resolve(true);
        return false;
      });
    }).observe(field, { childList: true, subtree: true, characterData: true });
  })()`;
}

/** Resolves once B has seen `count` typed characters (rejects after `timeoutMs`). */
export function remoteArrived(count: number, timeoutMs: number): string {
  return `new Promise((resolve, reject) => {
    const probe = window.__remoteProbe;
    if (probe.arrivals.length >= ${count}) return resolve(true);
    probe.waiters.push([${count}, resolve]);
    setTimeout(() => reject(new Error('B saw ' + probe.arrivals.length + ' of ${count} characters after ${timeoutMs} ms')), ${timeoutMs});
  })`;
}

export const REMOTE_ARRIVALS = 'window.__remoteProbe.arrivals';
