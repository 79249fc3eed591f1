// Why a prerendered widget upgraded. The widget does not say (src/core/propel-element.ts,
// `upgraded()`, listens and tells no one), so the demo watches the same signals on the same
// elements: a pointer over it, focus in it, within one viewport's height of the viewport (an
// IntersectionObserver with the same margin). The demo's listeners and observer are made before
// the widget's, so they hear each signal first. Whichever the demo saw first, once the script was
// running, is the reason it shows; when it saw none, the one signal left is the page's idle moment
// (an idle callback of the demo's own could come after the widget's upgrade: each is a task).

/** What makes a prerendered widget upgrade, whichever comes first. */
export type Trigger = 'pointer' | 'focus' | 'near' | 'idle';

/** When (performance.now()) the demo saw each trigger of one widget, once the script ran. */
export type Seen = Partial<Record<Trigger, number>>;

/** The trigger seen first, at or before `upgradedAt`; undefined when none was. */
export function firstTrigger(seen: Seen, upgradedAt: number): Trigger | undefined {
  let first: [Trigger, number] | undefined;
  for (const [trigger, at] of Object.entries(seen) as [Trigger, number][])
    if (at <= upgradedAt && (!first || at < first[1])) first = [trigger, at];
  return first?.[0];
}

/** The signals of the widgets being watched, noted from the moment the script starts running. */
export class Watcher {
  /** When the script started running; undefined until then. */
  #scriptAt: number | undefined;
  #near = new Map<Element, boolean>();
  #seen = new Map<Element, Seen>();
  #observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        this.#near.set(target, isIntersecting);
        if (isIntersecting) this.#note(target, 'near');
      }
    },
    { rootMargin: '100%' },
  );

  /** Starts watching `el` (before the script runs: whether it is near is known by then). */
  watch(el: Element): void {
    this.#seen.set(el, {});
    this.#observer.observe(el);
    el.addEventListener('pointerover', () => this.#note(el, 'pointer'));
    el.addEventListener('focusin', () => this.#note(el, 'focus'));
  }

  /** The script has run: the widgets listen from now on, and what is near now counts. */
  scriptStarts(): void {
    this.#scriptAt = performance.now();
    for (const [el, near] of this.#near) if (near) this.#note(el, 'near');
  }

  /** Milliseconds since the script started. */
  sinceScript(): number {
    return performance.now() - (this.#scriptAt ?? performance.now());
  }

  /** What made `el` upgrade, asked once it has: the trigger that came first, else the page's idle moment. */
  reason(el: Element): Trigger {
    return firstTrigger(this.#seen.get(el) ?? {}, performance.now()) ?? 'idle';
  }

  #note(el: Element, trigger: Trigger): void {
    const seen = this.#seen.get(el);
    if (seen && this.#scriptAt !== undefined) seen[trigger] ??= performance.now();
  }
}
