export { runAudit, type RunAuditOptions } from './run-audit';
export { mergeThresholds, parseSettings, type ParsedSettings } from './settings';
export {
  SELF_ASSESSMENT_ITEMS,
  scoreSelfAssessment,
  type SelfAssessmentAnswer,
  type SelfAssessmentItem,
  type SelfAssessmentResult,
} from './self-assessment';
export { SURVEY_QUESTIONS, summariseSurvey, type SurveyQuestion, type SurveyResponse, type SurveySummary } from './survey';
export { computeRoi, type RoiInput, type RoiResult } from './roi';
