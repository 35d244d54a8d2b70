// Runs in the CRM page's MAIN world at document_start: taps fetch/XHR so the JSON the CRM app
// itself fetches reaches the isolated reader (src/content/page-reader.ts) via postMessage to
// this same window and origin. All logic, and all the care about never disturbing the page,
// lives in src/readers/api/tap.ts.
import { installApiTap } from '../src/readers/api/tap';

try {
  installApiTap(window, (msg) => window.postMessage(msg, location.origin));
} catch {
  // the page must never notice us
}
