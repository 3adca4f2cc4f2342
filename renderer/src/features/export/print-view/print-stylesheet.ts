/// <reference types="vite/client" />
import stylesheet from './print.css?raw';

/** print.css as text, for the <style> of the standalone HTML that becomes the PDF. */
export const PRINT_STYLESHEET: string = stylesheet;
