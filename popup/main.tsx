import { render } from 'preact';
import { applyDocumentLanguage } from '../src/ui/i18n';
import { PopupApp } from '../src/ui/popup/popup-app';
import '../src/ui/popup/popup.css';

applyDocumentLanguage(document);
render(<PopupApp />, document.getElementById('app')!);
