// Runs in the editor pages (/admin/ and /admin/kk/), after Decap's bundle and before Decap reads its
// configuration: registers our widgets (a text's other languages beside each field) and Decap's interface
// phrases in Kazakh, which Decap does not ship (the Kazakh page's configuration says `locale: kk`).
import { KK_DECAP_PHRASES } from './decapKazakh.ts';
import './otherLanguagesWidget.ts';

const cms = (globalThis as { CMS?: { registerLocale?(locale: string, phrases: unknown): void } }).CMS;
cms?.registerLocale?.('kk', KK_DECAP_PHRASES);
