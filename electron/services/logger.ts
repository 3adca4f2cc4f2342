/** Where services report what they skipped or repaired; the shell decides where it goes. */
export type Logger = {
  info(message: string): void;
  warn(message: string): void;
};

export const consoleLogger: Logger = {
  info: (message) => console.info(message),
  warn: (message) => console.warn(message),
};

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined };
