// Match patterns, apart from scripts.ts so that modules tested outside a build can use them
// (scripts.ts imports the bundled content scripts).

/** Host pattern for an origin. Ports are left out: Firefox rejects them in match patterns. */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}
