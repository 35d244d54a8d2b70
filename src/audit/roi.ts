// Return on the CRM investment: (gain from CRM − cost) ÷ cost. Inputs come from a form, so
// they may be text in any digit script ("۱۲۰٬۰۰۰", "１２０,０００"); invalid input gives an
// error message, never an exception or a NaN.
import type { LocalisableMessage } from '../model/finding';
import { parseNumber } from '../model/values';

export interface RoiInput {
  gain: number | string;
  cost: number | string;
}

export type RoiResult =
  | { ok: true; gain: number; cost: number; roi: number; percent: number; explanation: LocalisableMessage }
  | { ok: false; error: LocalisableMessage };

function fail(key: string, text: string): RoiResult {
  return { ok: false, error: { key, params: {}, text } };
}

export function computeRoi(input: RoiInput): RoiResult {
  const gain = parseNumber(input?.gain);
  const cost = parseNumber(input?.cost);
  if (gain === undefined) return fail('roi_error_gain', 'Enter the gain from the CRM as a number');
  if (cost === undefined) return fail('roi_error_cost', 'Enter the cost of the CRM as a number');
  if (!(cost > 0)) return fail('roi_error_cost_positive', 'The cost must be greater than zero');
  if (gain < 0) return fail('roi_error_gain_negative', 'The gain cannot be negative: enter 0 if the CRM brought nothing');
  const roi = (gain - cost) / cost;
  const percent = Math.round(roi * 1000) / 10;
  return {
    ok: true,
    gain,
    cost,
    roi,
    percent,
    explanation: {
      key: 'roi_explanation',
      params: { gain, cost, percent },
      text: `ROI ${percent}%: (gain ${gain} − cost ${cost}) ÷ cost ${cost}`,
    },
  };
}
