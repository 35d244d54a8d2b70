export {
  GRADE_BANDS,
  SEVERITY_FACTOR,
  categoryScores,
  checkScore,
  gradeFor,
  overallScore,
  worstSeverity,
  type CategoryWeights,
} from './score';
export { explainCategory, explainCheck, explainOverall, gradeText, unitOf, type CheckExplainInput } from './explain';
