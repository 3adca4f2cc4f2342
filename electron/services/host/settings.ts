import type { SettingsService } from '../../../shared/host-api/contract';
import type { SettingsStore } from '../storage/settings-store';
import type { Guard } from './guard';

export function settingsService(settings: SettingsStore, guard: Guard): SettingsService {
  return {
    get: () => guard('Reading the settings', async () => settings.get()),
    update: (patch) => guard('Saving the settings', () => settings.update(patch)),
  } satisfies SettingsService;
}
