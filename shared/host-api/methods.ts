import type { EventOf, MethodOf, Namespace } from './contract';

/**
 * Every method of the contract, by namespace. Written out rather than read off
 * HOST_SCHEMAS because the sandboxed preload builds its bridge from it and can
 * load no module (zod included) beyond what it bundles; the compiler still holds
 * it to the interfaces both ways, as HOST_SCHEMAS is, so the three cannot drift.
 */
export const HOST_METHODS = {
  library: [
    'list',
    'templates',
    'create',
    'rename',
    'duplicate',
    'remove',
    'restore',
    'importProgram',
  ],
  methods: ['bundled', 'own', 'saveOwn', 'removeOwn'],
  documents: ['load', 'recovery', 'append', 'loadReview', 'appendReview'],
  settings: ['get', 'update'],
  app: ['info', 'openExternal'],
  sharing: ['get', 'share', 'rotateKey', 'stop', 'join'],
  hosting: ['status', 'start', 'stop'],
  files: ['saveExport', 'openImport'],
  exports: ['renderPdf'],
  versions: ['put', 'get', 'remove', 'list'],
} as const satisfies { [N in Namespace]: readonly MethodOf<N>[] };

/**
 * Fails the typecheck when a method of the contract is missing from HOST_METHODS.
 * Exported only so that it is not an unused local: nothing reads it.
 * @public
 */
export const HOST_METHODS_COMPLETE: [
  { [N in Namespace]: Exclude<MethodOf<N>, (typeof HOST_METHODS)[N][number]> }[Namespace],
] extends [never]
  ? true
  : false = true;

/**
 * Every event of the contract. Events carry no request to validate, so this
 * list is their table; the compiler holds it to the contract both ways.
 */
export const HOST_EVENTS = {
  library: ['onDidChange'],
  methods: [],
  documents: [],
  settings: ['onDidChange'],
  app: [],
  sharing: [],
  hosting: ['onDidChange'],
  files: [],
  exports: [],
  versions: [],
} as const satisfies { [N in Namespace]: readonly EventOf<N>[] };

/**
 * Fails the typecheck when an event of the contract is missing from HOST_EVENTS.
 * Exported only so that it is not an unused local: nothing reads it.
 * @public
 */
export const HOST_EVENTS_COMPLETE: [
  { [N in Namespace]: Exclude<EventOf<N>, (typeof HOST_EVENTS)[N][number]> }[Namespace],
] extends [never]
  ? true
  : false = true;

export type HostMember = { namespace: Namespace; member: string };

/** Whether a namespace and method name from outside (a channel, a URL) name a method of the contract. */
export function isHostMethod(namespace: string, method: string): namespace is Namespace {
  return (
    Object.hasOwn(HOST_METHODS, namespace) &&
    (HOST_METHODS[namespace as Namespace] as readonly string[]).includes(method)
  );
}

/** Whether a namespace and event name from outside name an event of the contract. */
export function isHostEvent(namespace: string, event: string): namespace is Namespace {
  return (
    Object.hasOwn(HOST_EVENTS, namespace) &&
    (HOST_EVENTS[namespace as Namespace] as readonly string[]).includes(event)
  );
}

export const hostMethods = (): HostMember[] =>
  (Object.keys(HOST_METHODS) as Namespace[]).flatMap((namespace) =>
    HOST_METHODS[namespace].map((member) => ({ namespace, member })),
  );

export const hostEvents = (): HostMember[] =>
  (Object.keys(HOST_EVENTS) as Namespace[]).flatMap((namespace) =>
    (HOST_EVENTS[namespace] as readonly string[]).map((member) => ({ namespace, member })),
  );
