// The options page's import worker: files are read, audited and stored here, off the page's
// thread, so a 50 MB export keeps the progress bar moving.
import { runImportJob, type ImportMessage } from './import-job';

const scope = self as unknown as { onmessage: ((e: MessageEvent<{ files: File[] }>) => void) | null; postMessage(m: ImportMessage): void };

scope.onmessage = (e) => {
  void runImportJob(e.data.files, (m) => scope.postMessage(m));
};
