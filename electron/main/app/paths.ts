import { isAbsolute, join } from 'node:path';

export type AppPaths = {
  preload: string;
  /** The built interface, served under app://cotutor/. */
  renderer: string;
  templates: string;
  /** The bundled methods of the method library (resources/methods). */
  methods: string;
  icon: string;
  /** The bundled entry of the hosted sync server's process (out/main/hosted-server.js). */
  hostedServer: string;
};

/**
 * Locations relative to the built main bundle (out/main), which sits beside
 * out/preload and out/renderer both in development and inside app.asar.
 * Templates, methods and the icon are extraResources when packaged: they live outside
 * the archive, in process.resourcesPath.
 */
export function resolveAppPaths(options: {
  mainDirectory: string;
  isPackaged: boolean;
  resourcesPath: string;
}): AppPaths {
  const { mainDirectory, isPackaged, resourcesPath } = options;
  const resources = isPackaged ? resourcesPath : join(mainDirectory, '..', '..', 'resources');
  return {
    preload: join(mainDirectory, '..', 'preload', 'index.cjs'),
    renderer: join(mainDirectory, '..', 'renderer'),
    templates: join(resources, 'templates'),
    methods: join(resources, 'methods'),
    icon: join(resources, 'icons', 'icon.png'),
    hostedServer: join(mainDirectory, 'hosted-server.js'),
  };
}

/**
 * A data folder to use instead of the OS default, so Playwright can start the
 * app on a fresh, throwaway profile. Only for an unpackaged app: an installed
 * Cotutor always keeps its data where the user expects it.
 */
export function userDataOverrideOf(raw: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || raw === undefined || raw === '' || !isAbsolute(raw)) return null;
  return raw;
}
