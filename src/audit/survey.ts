// The user-feedback survey that goes with the usage audit: how the team feels about the CRM.
// Questions and a summary of answers; the UI comes later.

export type SurveyQuestion =
  | { id: string; key: string; text: string; type: 'choice'; options: { id: string; key: string; text: string }[] }
  | { id: string; key: string; text: string; type: 'text' };

const key = (id: string) => `survey_${id.replace(/-/g, '_')}`;

export const USAGE_FREQUENCIES = ['several-times-a-day', 'daily', 'weekly', 'monthly', 'rarely', 'never'] as const;
const FREQUENCY_TEXT: Record<(typeof USAGE_FREQUENCIES)[number], string> = {
  'several-times-a-day': 'Several times a day',
  daily: 'Daily',
  weekly: 'A few times a week',
  monthly: 'A few times a month',
  rarely: 'Rarely',
  never: 'Never',
};

export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  {
    id: 'usage-frequency',
    key: key('usage-frequency'),
    text: 'How often do you use the CRM?',
    type: 'choice',
    options: USAGE_FREQUENCIES.map((id) => ({ id, key: key(`usage-frequency-${id}`), text: FREQUENCY_TEXT[id] })),
  },
  { id: 'made-easier', key: key('made-easier'), text: 'How has the CRM made your work easier?', type: 'text' },
  { id: 'made-harder', key: key('made-harder'), text: 'How has the CRM made your work harder?', type: 'text' },
  { id: 'favourite-feature', key: key('favourite-feature'), text: 'What is your favourite CRM feature?', type: 'text' },
  { id: 'where-it-fails', key: key('where-it-fails'), text: 'Where does the CRM fail you or slow you down?', type: 'text' },
];

/** One respondent: question id → option id (choice) or free text. */
export type SurveyResponse = Readonly<Record<string, unknown>>;

export interface SurveySummary {
  respondents: number;
  /** Per choice question: option id → count (unanswered not counted). */
  choices: Record<string, Record<string, number>>;
  /** Per text question: the non-empty answers, trimmed. */
  texts: Record<string, string[]>;
  /** Share of respondents using the CRM daily or more (0–1), or null with no answers. */
  dailyShare: number | null;
}

const MAX_TEXT = 2000;

export function summariseSurvey(
  responses: readonly SurveyResponse[],
  questions: readonly SurveyQuestion[] = SURVEY_QUESTIONS,
): SurveySummary {
  const choices: Record<string, Record<string, number>> = {};
  const texts: Record<string, string[]> = {};
  for (const q of questions) {
    if (q.type === 'choice') choices[q.id] = Object.fromEntries(q.options.map((o) => [o.id, 0]));
    else texts[q.id] = [];
  }
  const list = Array.isArray(responses) ? responses.filter((r) => r && typeof r === 'object') : [];
  for (const r of list) {
    for (const q of questions) {
      const a = r[q.id];
      if (typeof a !== 'string') continue;
      if (q.type === 'choice') {
        const counts = choices[q.id]!;
        if (a in counts) counts[a] = (counts[a] ?? 0) + 1;
      } else if (a.trim()) texts[q.id]!.push(a.trim().slice(0, MAX_TEXT));
    }
  }
  const freq = choices['usage-frequency'];
  const answered = freq ? Object.values(freq).reduce((n, c) => n + c, 0) : 0;
  const daily = freq ? (freq['several-times-a-day'] ?? 0) + (freq.daily ?? 0) : 0;
  return { respondents: list.length, choices, texts, dailyShare: answered > 0 ? daily / answered : null };
}
