const seen = new WeakMap<object, Set<string>>();

/**
 * Logs one console warning per distinct message and owner, prefixed with the
 * library name, so a bad attribute re-rendered many times warns exactly once.
 */
export function warnOnce(owner: object, message: string): void {
  let messages = seen.get(owner);
  if (!messages) seen.set(owner, (messages = new Set()));
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`[propel-widgets] ${message}`);
}
