export { type CompactionPolicy, DEFAULT_COMPACTION } from './compaction';
export { type DataPaths, dataPaths } from './data-directory';
export { DEFAULT_SETTINGS, SettingsStore } from './settings-store';
export { Storage, type StorageOptions } from './storage';
