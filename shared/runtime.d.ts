/**
 * The few web-platform globals shared code may use, because both Node and
 * Chromium have them. Only tsconfig.shared.json includes this file; the node and
 * web configurations get the full definitions from their own libraries.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
}
