// Injected into a CRM page on demand (activeTab) or on every page of an enabled CRM origin.
import { startPageReader } from '../src/content/page-reader';

startPageReader();
