import { render } from 'preact';
import { applyDocumentLanguage } from '../src/ui/i18n';
import { OptionsApp } from '../src/ui/options/options-app';
import '../src/ui/options/options.css';

applyDocumentLanguage(document);
render(<OptionsApp />, document.getElementById('app')!);
