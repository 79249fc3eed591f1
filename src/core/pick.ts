export interface Picked<T> {
  items: T[];
  /** Requested ids that are not in `all`, in request order. */
  unknown: string[];
}

/** Picks and orders items by id; `undefined` ids means every item in its original order. */
export function pick<T extends { id: string }>(all: readonly T[], ids: readonly string[] | undefined): Picked<T> {
  if (!ids) return { items: [...all], unknown: [] };
  const byId = new Map(all.map((item) => [item.id, item]));
  return { items: ids.flatMap((id) => byId.get(id) ?? []), unknown: ids.filter((id) => !byId.has(id)) };
}
