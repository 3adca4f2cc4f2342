import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { HostError, messageOf } from '../../shared/host-api/errors';
import { EVENTS_PATH } from '../../shared/host-api/event-stream';
import { serviceChannel } from '../services/host/dispatch';
import { filesIntoFolder } from '../services/host/files';
import type { HostingOptions } from '../services/host/hosting';
import {
  createHostServices,
  type HostServices,
  type HostServicesOptions,
} from '../services/host/services';
import { consoleLogger, type Logger } from '../services/logger';
import { handleApi } from './api-route';
import { chromiumExports } from './chromium-exports';
import { handleEvents } from './event-route';
import { hostIsAllowed, originIsAllowed } from './request-guards';
import { sendFailure, withSecurityHeaders } from './respond';
import { serveStatic } from './static-files';

export type WebHostOptions = {
  dataDirectory: string;
  rendererDirectory: string;
  templatesDirectory: string;
  /** The bundled methods (resources/methods). */
  methodsDirectory?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  log?: Logger;
  storage?: HostServicesOptions['storage'];
  /** "Host on this computer" (tests pass the network interfaces and a port of their own). */
  hosting?: Omit<HostingOptions, 'allowedOrigins'>;
  /** Save exports into this folder instead of letting the browser download them. */
  exportsDirectory?: string;
  /**
   * A Chromium executable to print PDF exports with (started on the first
   * export, closed with the host). Without one, exports.renderPdf answers
   * 'unsupported', as it does in any browser.
   */
  chromiumPath?: string;
};

export type WebHost = {
  /** http://127.0.0.1:<port>/#token=<token>: the page reads its token from the fragment. */
  url: string;
  token: string;
  close(): Promise<void>;
};

/**
 * The host API and the built renderer over HTTP on 127.0.0.1, for the browser
 * preview and the end-to-end tests: the same services as the Electron shell,
 * behind a per-run secret token.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? consoleLogger;
  const token = randomBytes(32).toString('base64url');
  const printing =
    options.chromiumPath === undefined ? undefined : chromiumExports(options.chromiumPath, log);
  // The port comes first: the server this host may host accepts WebSockets from its page's origin.
  let port = 0;
  let ready: { services: HostServices; events: ReturnType<typeof serviceChannel> } | null = null;
  const server = createServer((request, response) => {
    handle(request, response, port).catch((error: unknown) => {
      log.warn(`Web host request ${request.method} ${request.url} failed: ${messageOf(error)}`);
      if (!response.headersSent)
        sendFailure(response, 500, new HostError('internal', {}, 'The web host failed to answer'));
      else response.destroy();
    });
  });
  port = await listen(server, options.port ?? 0).catch(async (error: unknown) => {
    await printing?.close();
    throw error;
  });
  let services: HostServices;
  try {
    services = await createHostServices({
      dataDirectory: options.dataDirectory,
      templatesDirectory: options.templatesDirectory,
      ...(options.methodsDirectory === undefined
        ? {}
        : { methodsDirectory: options.methodsDirectory }),
      shell: 'web',
      version: await packageVersion(),
      // In a browser the page opens links itself; the host has no window to open them in.
      openExternal: async () => undefined,
      log,
      hosting: {
        ...options.hosting,
        allowedOrigins: () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
      },
      ...(options.storage === undefined ? {} : { storage: options.storage }),
      ...(options.exportsDirectory === undefined
        ? {}
        : { files: filesIntoFolder(options.exportsDirectory) }),
      ...(printing === undefined ? {} : { exports: printing }),
    });
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await printing?.close();
    throw error;
  }
  ready = { services, events: serviceChannel(services.api) };

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    ownPort: number,
  ): Promise<void> {
    withSecurityHeaders(response);
    if (!hostIsAllowed(request, ownPort) || !originIsAllowed(request, ownPort)) {
      sendFailure(
        response,
        403,
        new HostError(
          'forbidden',
          {},
          'This host answers only to 127.0.0.1 and localhost on its own port',
        ),
      );
      return;
    }
    // Only the path is used; resolving it against a base URL could turn "//x" into a host.
    const pathname = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    const isApi = pathname === EVENTS_PATH || pathname === '/api' || pathname.startsWith('/api/');
    if (!isApi) {
      await serveStatic(request, response, pathname, options.rendererDirectory);
    } else if (ready === null) {
      sendFailure(response, 503, new HostError('internal', {}, 'The web host is still starting'));
    } else if (pathname === EVENTS_PATH) {
      handleEvents(request, response, ready.events.listen, token);
    } else {
      await handleApi(request, response, pathname, ready.services.api, token);
    }
  }

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    token,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await services.close();
        await printing?.close();
      })();
      return closing;
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

async function packageVersion(): Promise<string> {
  try {
    const text = await readFile(join(import.meta.dirname, '../../package.json'), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
