import type { Settings, SettingsService } from '../../../shared/host-api/contract';
import type { SettingsStore } from '../storage/settings-store';
import type { Emitter } from './emitter';
import type { Guard } from './guard';

export function settingsService(
  settings: SettingsStore,
  changes: Emitter<Settings>,
  guard: Guard,
): SettingsService {
  return {
    get: () => guard('Reading the settings', async () => settings.get()),
    update: (patch) =>
      guard('Saving the settings', async () => {
        const updated = await settings.update(patch);
        changes.fire(updated);
        return updated;
      }),
    onDidChange: changes.event,
  } satisfies SettingsService;
}
