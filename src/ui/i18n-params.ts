// The extension's side of src/report/param-names.ts: engine params localised through chrome.i18n
// in the UI language. The rule itself lives in the engine so the CLI's report shares it.
import browser from '../platform/browser';
import { paramLocaliser } from '../report/param-names';

/** The message, or '' when there is none; names outside Chrome's [A-Za-z0-9_] are never looked up. */
function message(name: string): string {
  return /^\w+$/.test(name) ? browser.i18n.getMessage(name) : '';
}

let cached: { lang: string; localise: ReturnType<typeof paramLocaliser> } | undefined;

/** The text to put in place of `{name}` in the localised template of message `key`. */
export function localiseParam(key: string, name: string, value: string | number): string {
  const lang = browser.i18n.getUILanguage();
  if (cached?.lang !== lang) cached = { lang, localise: paramLocaliser(message, lang) };
  return cached.localise(key, name, value);
}
