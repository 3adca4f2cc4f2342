import type { AppInfo, AppService } from '../../../shared/host-api/contract';
import type { Guard } from './guard';

export type AppOptions = {
  info: AppInfo;
  /** The shell's way to open a link (already checked to be http(s) or mailto by dispatch). */
  openExternal: (url: string) => Promise<void>;
};

export function appService(options: AppOptions, guard: Guard): AppService {
  return {
    info: () => guard('Reading the app information', async () => ({ ...options.info })),
    openExternal: ({ url }) => guard('Opening a link', () => options.openExternal(url)),
  } satisfies AppService;
}
