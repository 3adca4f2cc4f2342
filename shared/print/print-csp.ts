/**
 * The policy of a print view, the HTML a PDF is made from: styles, and fonts
 * and pictures carried inside the page itself; nothing else. Without a
 * script-src no script can run, whatever the content. The page states it in a
 * <meta> element and the Electron shell sends it again as a header, so a page
 * that somehow lost its <meta> is held to it all the same.
 */
export const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";
