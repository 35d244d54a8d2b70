// A validator for the subset of JSON Schema (2020-12) that docs/findings.schema.json uses:
// type, const, enum, properties, required, additionalProperties, propertyNames, items,
// minimum, maximum, minLength, $ref to #/$defs, format date-time. Anything else in the schema
// is an error, so the schema can't silently use a keyword this validator ignores.
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  'title',
  'description',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minimum',
  'maximum',
  'minLength',
  '$ref',
  'format',
]);

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const resolve = (s: Schema): Schema => {
    if (typeof s.$ref !== 'string') return s;
    const m = /^#\/\$defs\/(.+)$/.exec(s.$ref);
    const target = m ? (root.$defs as Record<string, Schema>)[m[1]!] : undefined;
    if (!target) throw new Error(`unresolvable $ref ${s.$ref}`);
    return target;
  };
  const walk = (schema: Schema, v: unknown, path: string): void => {
    for (const k of Object.keys(schema))
      if (!KNOWN.has(k)) throw new Error(`schema keyword "${k}" at ${path} is not supported by the test validator`);
    const s = resolve(schema);
    if (s !== schema) return walk(s, v, path);
    const t = typeOf(v);
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      const ok = types.some((x) => x === t || (x === 'number' && t === 'integer'));
      if (!ok) return void errors.push(`${path}: expected ${types.join('|')}, got ${t}`);
    }
    if ('const' in s && v !== s.const) errors.push(`${path}: expected ${JSON.stringify(s.const)}`);
    if (Array.isArray(s.enum) && !s.enum.includes(v as never))
      errors.push(`${path}: ${JSON.stringify(v)} not in ${JSON.stringify(s.enum)}`);
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) errors.push(`${path}: ${v} < ${s.minimum}`);
      if (typeof s.maximum === 'number' && v > s.maximum) errors.push(`${path}: ${v} > ${s.maximum}`);
    }
    if (typeof v === 'string') {
      if (typeof s.minLength === 'number' && v.length < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
      if (s.format === 'date-time' && !ISO.test(v)) errors.push(`${path}: not an ISO date-time: ${v}`);
    }
    if (t === 'array' && s.items) (v as unknown[]).forEach((x, i) => walk(s.items as Schema, x, `${path}[${i}]`));
    if (t === 'object') {
      const o = v as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const r of (s.required ?? []) as string[]) if (!(r in o)) errors.push(`${path}: missing "${r}"`);
      for (const [k, x] of Object.entries(o)) {
        if (s.propertyNames) walk(s.propertyNames as Schema, k, `${path} key "${k}"`);
        if (props[k]) walk(props[k], x, `${path}.${k}`);
        else if (s.additionalProperties === false) errors.push(`${path}: unexpected property "${k}"`);
        else if (typeof s.additionalProperties === 'object') walk(s.additionalProperties as Schema, x, `${path}.${k}`);
      }
    }
  };
  walk(root, value, '$');
  return errors;
}
