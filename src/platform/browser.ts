// The only module that touches the extension API. Everything else imports `browser` from here,
// so unit tests mock this one file and the engine folders never see the API at all.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Permissions, Scripting } from 'webextension-polyfill';
