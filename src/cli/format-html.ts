// The CLI writes the same HTML report as the extension: the renderer lives in src/report.
export { escapeHtml, formatHtml } from '../report/html';
