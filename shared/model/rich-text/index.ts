export { readRichText } from './decode';
export { richTextToXml, writeRichText } from './encode';
export { isSafeUrl, normalizeUrl } from './links';
export { markdownToRichText } from './markdown';
export { inlineText, plainToRichText, richTextToPlain } from './plain';
export * from './types';
