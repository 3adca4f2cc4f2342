/**
 * The few web-platform globals shared code may use, because both Node and
 * Chromium have them. Only tsconfig.shared.json includes this file; the node and
 * web configurations get the full definitions from their own libraries.
 */
declare class URL {
  constructor(url: string, base?: string);
  href: string;
  protocol: string;
  host: string;
  hostname: string;
  pathname: string;
  search: string;
  readonly searchParams: URLSearchParams;
}

declare class URLSearchParams {
  get(name: string): string | null;
  has(name: string): boolean;
}
