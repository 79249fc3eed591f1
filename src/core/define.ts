import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** Marks classes of this library with their version, read by the define guard. */
export interface Versioned {
  propelVersion?: string;
}

/**
 * Defines a custom element once. It never throws: when the tag is already
 * taken by this same version (the drop-in loaded twice) it stays silent;
 * another version or a foreign class gets one console warning and the first
 * definition stays in place. Another version warns once for all its tags
 * (one message per registry), a foreign class once per tag it holds.
 */
export function define(tag: string, ctor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing: (CustomElementConstructor & Versioned) | undefined = registry.get(tag);
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch (error) {
      warnOnce(registry, `could not define <${tag}>: ${(error as Error).message}`);
    }
    return;
  }
  if (existing === ctor || existing.propelVersion === VERSION) return;
  const ignored = `keeping it and ignoring propel-widgets ${VERSION}.`;
  warnOnce(
    registry,
    existing.propelVersion
      ? `propel-widgets ${existing.propelVersion} is already on this page; ${ignored}`
      : `<${tag}> is already defined by another script; ${ignored}`,
  );
}
