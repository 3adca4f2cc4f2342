import { z } from 'zod';

/**
 * The messages between the app and its hosted sync server's process. Both sides
 * parse what they receive: a child that misbehaves (or was taken over through a
 * bug in the server) can send the app nothing but these few shapes.
 */
export const startOptions = z
  .object({
    host: z.string().min(1).max(64),
    port: z.number().int().min(0).max(65535),
    dataDirectory: z.string().min(1).max(4096),
    allowedOrigins: z.array(z.string().min(1).max(512)).max(100),
    registrationToken: z.string().min(32).max(128),
    /** The server's key and certificate (PEM): it speaks TLS only, docs/security.md. */
    tls: z
      .object({ key: z.string().min(1).max(16_384), cert: z.string().min(1).max(16_384) })
      .strict(),
  })
  .strict();
export type HostedStartOptions = z.infer<typeof startOptions>;

export const toChild = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), options: startOptions }).strict(),
  z.object({ type: z.literal('stop') }).strict(),
]);
/** Log lines are cut at this length: a flood of long lines cannot fill the app's memory. */
export const MAX_LOG_LINE = 4096;

export const fromChild = z.discriminatedUnion('type', [
  z.object({ type: z.literal('listening'), port: z.number().int().min(1).max(65535) }).strict(),
  z
    .object({
      type: z.literal('failed'),
      /** An errno code (EADDRINUSE, EACCES…) or 'start-failed'. */
      code: z.string().min(1).max(64),
      message: z.string().max(MAX_LOG_LINE),
    })
    .strict(),
  z.object({ type: z.literal('stopped') }).strict(),
  z
    .object({
      type: z.literal('log'),
      level: z.enum(['info', 'warn']),
      line: z.string().max(MAX_LOG_LINE),
    })
    .strict(),
]);
export type FromChild = z.infer<typeof fromChild>;
