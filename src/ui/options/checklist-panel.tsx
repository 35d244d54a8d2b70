// Options → Self-assessment checklist and ROI: answers saved in the settings store ('global')
// and carried into every export of every run.
import { useEffect, useState } from 'preact/hooks';
import { computeRoi } from '../../audit/roi';
import { SELF_ASSESSMENT_ITEMS, scoreSelfAssessment } from '../../audit/self-assessment';
import { db } from '../../store/db';
import { t } from '../i18n';
import { errorText } from '../error-text';

const ANSWERS = [
  ['yes', 'checklistYes'],
  ['partial', 'checklistPartial'],
  ['no', 'checklistNo'],
  ['unknown', 'checklistUnknown'],
] as const;

async function saveGlobal(patch: { selfAssessment?: Record<string, string>; roi?: { gain: string; cost: string } }): Promise<void> {
  const d = await db();
  const tx = d.transaction('settings', 'readwrite');
  const current = (await tx.store.get('global')) ?? { key: 'global' };
  await tx.store.put({ ...current, ...patch });
  await tx.done;
}

export function ChecklistPanel({ onError }: { onError: (message: string | null) => void }) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [roi, setRoi] = useState({ gain: '', cost: '' });
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void db()
      .then((d) => d.get('settings', 'global'))
      .then((g) => {
        setAnswers(g?.selfAssessment ?? {});
        setRoi(g?.roi ?? { gain: '', cost: '' });
      })
      .catch((e: unknown) => onError(errorText(e)));
  }, []);

  const save = (patch: Parameters<typeof saveGlobal>[0]) =>
    saveGlobal(patch).then(
      () => setSaved(true),
      (e: unknown) => onError(errorText(e)),
    );
  const answer = (id: string, value: string) => {
    const next = { ...answers, [id]: value };
    setAnswers(next);
    setSaved(false);
    void save({ selfAssessment: next });
  };
  const score = scoreSelfAssessment(answers).score;
  const result = roi.gain || roi.cost ? computeRoi(roi) : null;

  return (
    <section class="checklist" data-testid="checklist">
      <h2>{t('checklistTitle')}</h2>
      <p class="muted">{t('checklistHint')}</p>
      <table>
        <tbody>
          {SELF_ASSESSMENT_ITEMS.map((it) => (
            <tr key={it.id} data-item={it.id}>
              <td>{t(it.key) === it.key ? it.text : t(it.key)}</td>
              <td class="answers">
                {ANSWERS.map(([value, key]) => (
                  <label key={value}>
                    <input
                      type="radio"
                      name={`sa-${it.id}`}
                      value={value}
                      checked={(answers[it.id] ?? 'unknown') === value}
                      onChange={() => answer(it.id, value)}
                    />{' '}
                    {t(key)}
                  </label>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('checklistScore', score ?? '–')}</p>
      <h2>{t('roiTitle')}</h2>
      <form
        class="roi"
        onSubmit={(e) => {
          e.preventDefault();
          void save({ roi });
        }}
      >
        <label>
          {t('roiGain')}{' '}
          <input
            name="gain"
            inputMode="decimal"
            value={roi.gain}
            onInput={(e) => (setRoi({ ...roi, gain: (e.target as HTMLInputElement).value }), setSaved(false))}
          />
        </label>
        <label>
          {t('roiCost')}{' '}
          <input
            name="cost"
            inputMode="decimal"
            value={roi.cost}
            onInput={(e) => (setRoi({ ...roi, cost: (e.target as HTMLInputElement).value }), setSaved(false))}
          />
        </label>
        <button type="submit">{t('save')}</button>
        {result && <span data-testid="roi-result">{result.ok ? t('roiResult', result.percent) : result.error.text}</span>}
        {saved && <span class="muted"> {t('saved')}</span>}
      </form>
    </section>
  );
}
