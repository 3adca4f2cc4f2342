import { app, dialog, protocol, shell } from 'electron';

import { messageOf } from '../../shared/errors/message-of';
import { systemLanguage } from '../../shared/i18n/languages';
import { resolveAppPaths, userDataOverrideOf } from './app/paths';
import { start } from './app/start';
import { menuLabels } from './menu/labels';
import { APP_ORIGIN, APP_SCHEME_PRIVILEGES } from './security/app-protocol';
import { createExternalOpener } from './security/external';
import { hardenWebContents } from './security/harden';
import { devServerUrlOf, originOf } from './security/urls';
import { WindowRegistry } from './window/registry';

/**
 * Entry of the main process: what must happen before 'ready', then start().
 * Electron glue only; the decisions it applies live in small pure modules
 * beside it (security/, ipc/, menu/, window/), tested in plain Node.
 */

const userData = userDataOverrideOf(process.env.COTUTOR_USER_DATA, app.isPackaged);
// Before the single-instance lock, which lives in the user-data folder.
if (userData !== null) app.setPath('userData', userData);

// Both only take effect before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

const devServerUrl = devServerUrlOf(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const devOrigin = devServerUrl === null ? null : originOf(devServerUrl);
const trustedOrigins = devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
const openExternal = createExternalOpener((url) => shell.openExternal(url));

if (!app.requestSingleInstanceLock()) {
  // Another Cotutor owns this profile; it focuses its window on 'second-instance'.
  app.quit();
} else {
  // Every WebContents, including any we did not expect, before it loads anything.
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, {
      trustedOrigins,
      openExternal: (url) =>
        void openExternal(url).catch((error: unknown) =>
          console.warn('Could not open link:', error),
        ),
    }),
  );
  app
    .whenReady()
    .then(() =>
      start({
        paths: resolveAppPaths({
          mainDirectory: import.meta.dirname,
          isPackaged: app.isPackaged,
          resourcesPath: process.resourcesPath,
        }),
        devServerUrl,
        trustedOrigins,
        openExternal,
        windows: new WindowRegistry(),
      }),
    )
    .catch((error: unknown) => {
      // Settings may be what failed: the system's language is the one known for sure.
      const words = menuLabels(systemLanguage(app.getPreferredSystemLanguages()));
      dialog.showErrorBox(words('startFailed', { appName: app.getName() }), messageOf(error));
      app.exit(1);
    });
}
