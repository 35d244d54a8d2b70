// Which record is under the pointer: the one whose element contains the contextmenu target.
// When several do (a record page's whole form and a related-records row inside it), the
// innermost element wins: the user pointed at that row, not at the page around it.

export function recordAt<T extends { elements: readonly Element[] }>(records: Iterable<T>, target: Node | null | undefined): T | undefined {
  if (!target) return undefined;
  let best: { record: T; element: Element } | undefined;
  for (const record of records) {
    for (const element of record.elements) {
      if (!element.isConnected || !element.contains(target)) continue;
      if (!best || best.element.contains(element)) best = { record, element };
    }
  }
  return best?.record;
}
