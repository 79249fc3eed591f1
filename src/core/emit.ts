/** Dispatches a `propel-<verb>` event from `target`: a bubbling, composed `CustomEvent` with a typed `detail`. */
export function emit<T>(target: EventTarget, type: `propel-${string}`, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
