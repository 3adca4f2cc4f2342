/**
 * A test language: every English string with its letters accented and wrapped
 * in ⟦ ⟧, so that a test (or a person) sees at once any text that did not come
 * from the catalogs (a host's sentence, a hard-coded word) and any string that
 * was cut or joined from pieces. Placeholders ({{name}}) stay as they are.
 * Chosen by opening the page with ?lang=en-XA; it never ships as a choice.
 */
export const PSEUDO_LOCALE = 'en-XA';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];

/** Keys whose values are not text but settings (a BCP 47 tag), kept as they are. */
const SETTINGS: ReadonlySet<string> = new Set(['formatLocale']);

export type Catalog = { readonly [key: string]: string | Catalog };

/** "Save {{name}}" → "⟦Šàṽé {{name}}⟧". */
export function pseudoLocalise(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\})/u);
  const accented = parts.map((part) => (part.startsWith('{{') ? part : accent(part))).join('');
  return `⟦${accented}⟧`;
}

function accent(text: string): string {
  return [...text].map((character) => ACCENTED[PLAIN.indexOf(character)] ?? character).join('');
}

/** The same catalogs, every text pseudo-localised. */
export function pseudoCatalogs(
  catalogs: Readonly<Record<string, Catalog>>,
): Record<string, Catalog> {
  return Object.fromEntries(
    Object.entries(catalogs).map(([namespace, catalog]) => [namespace, pseudoCatalog(catalog)]),
  );
}

function pseudoCatalog(catalog: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? SETTINGS.has(key)
          ? value
          : pseudoLocalise(value)
        : pseudoCatalog(value),
    ]),
  );
}

/** The language a page address asks for: the pseudo-locale, or none (the default). */
export function languageOf(search: string): string | undefined {
  return new URLSearchParams(search).get('lang') === PSEUDO_LOCALE ? PSEUDO_LOCALE : undefined;
}
