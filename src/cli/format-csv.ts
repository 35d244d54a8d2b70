// The CLI writes the same CSV as the extension: the renderer lives in src/report.
export { CSV_HEADERS, csvCell, formatCsv } from '../report/csv';
