import { parseRoute } from './app/route';
import { connectHost } from './host';
import { readProgramEarly } from './program/early-read';

/**
 * The page's host. The built page loads this module as a script of its own
 * before the app's (electron.vite.config.ts), so the program the page opens on (a
 * reload, a restart on a session plan) is asked for while the rest of the app's
 * code is still being fetched and parsed; opening it then
 * finds the answer there or on its way (docs/benchmarks.md, "Faster first open").
 */
export const pageHost = connectHost();

const route = parseRoute(window.location.hash);
if (route.view !== 'library') readProgramEarly(pageHost, route.programId);
