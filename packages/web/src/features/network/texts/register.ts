/** The network texts join the app's when the network page is first opened, not before. */
import i18next from 'i18next';
import { networkTexts } from './index.ts';

for (const [locale, texts] of Object.entries(networkTexts))
  i18next.addResourceBundle(locale, 'translation', texts, true, false);
