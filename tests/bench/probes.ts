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
