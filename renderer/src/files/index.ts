export { exportFileName, readChosenFile } from './browser-files';
export { saveFile } from './save-file';
