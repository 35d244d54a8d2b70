import { describe, expect, it } from 'vitest';
import { computeRoi } from '../../../src/audit/roi';
import { SELF_ASSESSMENT_ITEMS, scoreSelfAssessment } from '../../../src/audit/self-assessment';
import { SURVEY_QUESTIONS, summariseSurvey } from '../../../src/audit/survey';

describe('self-assessment', () => {
  it('covers the checklist with unique ids and i18n keys', () => {
    const ids = SELF_ASSESSMENT_ITEMS.map((i) => i.id);
    expect(ids).toEqual([
      'security-training',
      'encryption',
      'access-control',
      'firewall-antivirus',
      'updates',
      'backups-tested',
      'integrations-reviewed',
      'new-features-reviewed',
    ]);
    expect(SELF_ASSESSMENT_ITEMS.map((i) => i.key)).toContain('self_assessment_backups_tested');
  });

  it('scores yes = 1, partial = ½, no = 0 by weight, leaving unknown out', () => {
    const r = scoreSelfAssessment({
      'security-training': 'yes', // 1 × 1
      encryption: 'partial', // 2 × 0.5
      'access-control': 'no', // 2 × 0
      'backups-tested': 'yes', // 2 × 1
      updates: 'unknown',
      'firewall-antivirus': 'maybe', // not an answer: unknown
    });
    // (1 + 1 + 0 + 2) / (1 + 2 + 2 + 2) = 4 / 7
    expect(r.score).toBe(57);
    expect(r.answered).toEqual(['security-training', 'encryption', 'access-control', 'backups-tested']);
    expect(r.unknown).toEqual(['firewall-antivirus', 'updates', 'integrations-reviewed', 'new-features-reviewed']);
    expect(r.failing).toEqual(['access-control']);
    expect(r.explanation.text).toBe('Self-assessment: 57 from 4 of 8 questions answered (yes = full, partial = half); 4 unknown left out');
    expect(r.explanation.key).toBe('self_assessment_explanation_unknown');
    expect(r.explanation.params).toMatchObject({ score: 57, answered: 4, total: 8, unknown: 4 });
  });

  it('explains a fully answered checklist without the "unknown" clause, under its own message key', () => {
    const all = Object.fromEntries(SELF_ASSESSMENT_ITEMS.map((i) => [i.id, 'yes'] as const));
    const r = scoreSelfAssessment(all);
    expect(r.score).toBe(100);
    expect(r.explanation.key).toBe('self_assessment_explanation');
    expect(r.explanation.text).toBe(`Self-assessment: 100 from ${SELF_ASSESSMENT_ITEMS.length} of ${SELF_ASSESSMENT_ITEMS.length} questions answered (yes = full, partial = half)`);
  });

  it('has no score with no answers', () => {
    expect(scoreSelfAssessment({}).score).toBeNull();
    expect(scoreSelfAssessment(null as never).explanation.key).toBe('self_assessment_no_answers');
  });
});

describe('survey', () => {
  it('asks the five questions', () => {
    expect(SURVEY_QUESTIONS.map((q) => [q.id, q.type])).toEqual([
      ['usage-frequency', 'choice'],
      ['made-easier', 'text'],
      ['made-harder', 'text'],
      ['favourite-feature', 'text'],
      ['where-it-fails', 'text'],
    ]);
  });

  it('summarises answers and the share of daily users', () => {
    const s = summariseSurvey([
      { 'usage-frequency': 'daily', 'made-easier': ' Finding customers fast ', 'where-it-fails': '' },
      { 'usage-frequency': 'several-times-a-day', 'favourite-feature': 'گزارش‌ها' },
      { 'usage-frequency': 'rarely', 'made-harder': '二重入力' },
      { 'usage-frequency': 'sometimes' },
      {},
    ]);
    expect(s.respondents).toBe(5);
    expect(s.choices['usage-frequency']).toEqual({ 'several-times-a-day': 1, daily: 1, weekly: 0, monthly: 0, rarely: 1, never: 0 });
    expect(s.dailyShare).toBeCloseTo(2 / 3);
    expect(s.texts).toEqual({
      'made-easier': ['Finding customers fast'],
      'made-harder': ['二重入力'],
      'favourite-feature': ['گزارش‌ها'],
      'where-it-fails': [],
    });
    expect(summariseSurvey([]).dailyShare).toBeNull();
  });
});

describe('roi', () => {
  it('is (gain − cost) ÷ cost', () => {
    expect(computeRoi({ gain: 150_000, cost: 100_000 })).toMatchObject({ ok: true, roi: 0.5, percent: 50 });
    expect(computeRoi({ gain: 50, cost: 100 })).toMatchObject({ ok: true, roi: -0.5, percent: -50 });
    const fa = computeRoi({ gain: '۳٬۰۰۰٬۰۰۰', cost: '۱٬۰۰۰٬۰۰۰' });
    expect(fa).toMatchObject({ ok: true, gain: 3_000_000, cost: 1_000_000, roi: 2, percent: 200 });
    if (fa.ok) expect(fa.explanation.text).toBe('ROI 200%: (gain 3000000 − cost 1000000) ÷ cost 1000000');
    expect(computeRoi({ gain: '１２０,０００', cost: 100_000 })).toMatchObject({ ok: true, percent: 20 });
  });

  it('rejects a cost that is not above zero and input that is not a number', () => {
    expect(computeRoi({ gain: 10, cost: 0 })).toMatchObject({ ok: false, error: { key: 'roi_error_cost_positive' } });
    expect(computeRoi({ gain: 10, cost: -5 })).toMatchObject({ ok: false, error: { key: 'roi_error_cost_positive' } });
    expect(computeRoi({ gain: 10, cost: 'lots' })).toMatchObject({ ok: false, error: { key: 'roi_error_cost' } });
    expect(computeRoi({ gain: Number.NaN, cost: 5 })).toMatchObject({ ok: false, error: { key: 'roi_error_gain' } });
    expect(computeRoi({ gain: -1, cost: 5 })).toMatchObject({ ok: false, error: { key: 'roi_error_gain_negative' } });
    expect(computeRoi(undefined as never)).toMatchObject({ ok: false });
  });
});
