// Test-only encoders for legacy code pages, built from the platform's own decoders: every
// Shift_JIS / Windows-1256 byte sequence is decoded once and the table is inverted.
const tables = new Map<string, Map<string, number[]>>();

function table(label: 'shift_jis' | 'windows-1256'): Map<string, number[]> {
  let t = tables.get(label);
  if (t) return t;
  t = new Map();
  const dec = new TextDecoder(label, { fatal: true });
  const tryAdd = (bytes: number[]) => {
    try {
      const ch = dec.decode(new Uint8Array(bytes));
      if ([...ch].length === 1 && ch !== '\uFFFD' && !t!.has(ch)) t!.set(ch, bytes);
    } catch {
      // not a valid sequence
    }
  };
  for (let b = 0; b < 0x100; b++) tryAdd([b]);
  if (label === 'shift_jis')
    for (let lead = 0x81; lead <= 0xfc; lead++) for (let trail = 0x40; trail <= 0xfc; trail++) tryAdd([lead, trail]);
  tables.set(label, t);
  return t;
}

export function encode(text: string, label: 'shift_jis' | 'windows-1256'): Uint8Array {
  const t = table(label);
  const out: number[] = [];
  for (const ch of text) {
    const bytes = t.get(ch);
    if (!bytes) throw new Error(`${label} cannot encode ${JSON.stringify(ch)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

export function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].join('');
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[i * 2 + (endian === 'le' ? 0 : 1)] = u & 0xff;
    out[i * 2 + (endian === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}
