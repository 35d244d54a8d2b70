import { render } from 'preact';
import { applyDocumentLanguage } from '../src/ui/i18n';
import { PopupApp, startFirstLoad } from '../src/ui/popup/popup-app';
import '../src/ui/popup/popup.css';

// before anything renders: the first rows wait on these reads, not on the first paint
const first = startFirstLoad();
applyDocumentLanguage(document);
render(<PopupApp first={first} />, document.getElementById('app')!);
