// The self-assessment checklist: what no CRM page shows (training, encryption, access
// control, backups, updates…). Data and scoring only; the options page renders it.
// Answers: yes = 1, partial = 0.5, no = 0; "unknown" is left out of the score and listed,
// the same rule as checks without data.
import type { LocalisableMessage } from '../model/finding';

export const SELF_ASSESSMENT_ANSWERS = ['yes', 'partial', 'no', 'unknown'] as const;
export type SelfAssessmentAnswer = (typeof SELF_ASSESSMENT_ANSWERS)[number];

export interface SelfAssessmentItem {
  id: string;
  /** chrome.i18n message name of the question. */
  key: string;
  /** English question. */
  text: string;
  weight: number;
}

function item(id: string, text: string, weight = 1): SelfAssessmentItem {
  return { id, key: `self_assessment_${id.replace(/-/g, '_')}`, text, weight };
}

export const SELF_ASSESSMENT_ITEMS: readonly SelfAssessmentItem[] = [
  item('security-training', 'Have all staff who use the CRM been trained in data security this year?'),
  item('encryption', 'Is CRM data encrypted in transit and at rest (including exports and backups)?', 2),
  item('access-control', 'Does each user have only the access their role needs, and are leavers removed promptly?', 2),
  item('firewall-antivirus', 'Do the computers used for the CRM have a firewall and up-to-date antivirus?'),
  item('updates', 'Are operating systems, browsers and the CRM itself on current versions?'),
  item('backups-tested', 'Are CRM backups taken regularly and has a restore been tested?', 2),
  item('integrations-reviewed', 'Have the CRM’s integrations and connected apps been reviewed this year?'),
  item('new-features-reviewed', 'Have new CRM features released this year been reviewed for use?', 0.5),
];

const VALUE: Record<Exclude<SelfAssessmentAnswer, 'unknown'>, number> = { yes: 1, partial: 0.5, no: 0 };

export interface SelfAssessmentResult {
  /** 0–100, or null when nothing was answered. */
  score: number | null;
  answered: string[];
  unknown: string[];
  /** Items answered "no": the to-do list. */
  failing: string[];
  explanation: LocalisableMessage;
}

function isAnswer(v: unknown): v is SelfAssessmentAnswer {
  return typeof v === 'string' && (SELF_ASSESSMENT_ANSWERS as readonly string[]).includes(v);
}

/** Scores answers keyed by item id; missing or unrecognised answers count as unknown. */
export function scoreSelfAssessment(
  answers: Readonly<Record<string, unknown>>,
  items: readonly SelfAssessmentItem[] = SELF_ASSESSMENT_ITEMS,
): SelfAssessmentResult {
  const answered: string[] = [];
  const unknown: string[] = [];
  const failing: string[] = [];
  let sum = 0;
  let weights = 0;
  for (const it of items) {
    const a = answers && typeof answers === 'object' ? answers[it.id] : undefined;
    if (!isAnswer(a) || a === 'unknown') {
      unknown.push(it.id);
      continue;
    }
    answered.push(it.id);
    if (a === 'no') failing.push(it.id);
    sum += it.weight * VALUE[a];
    weights += it.weight;
  }
  const score = weights > 0 ? Math.round((sum / weights) * 100) : null;
  const params = { score: score ?? 0, answered: answered.length, total: items.length, unknown: unknown.length };
  const explanation: LocalisableMessage =
    score === null
      ? { key: 'self_assessment_no_answers', params, text: 'Self-assessment: no score, no question answered yet' }
      : unknown.length
        ? {
            key: 'self_assessment_explanation_unknown',
            params,
            text: `Self-assessment: ${score} from ${answered.length} of ${items.length} questions answered (yes = full, partial = half); ${unknown.length} unknown left out`,
          }
        : {
            key: 'self_assessment_explanation',
            params,
            text: `Self-assessment: ${score} from ${answered.length} of ${items.length} questions answered (yes = full, partial = half)`,
          };
  return { score, answered, unknown, failing, explanation };
}
