export { downloadFile, exportFileName, readChosenFile } from './browser-files';
export { saveFile, type SaveOutcome } from './save-file';
