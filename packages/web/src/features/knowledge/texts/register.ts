/** The knowledge exchange's texts join the app's when one of its pages is first opened, not before. */
import i18next from 'i18next';
import { knowledgeTexts } from './index.ts';

for (const [locale, texts] of Object.entries(knowledgeTexts))
  i18next.addResourceBundle(locale, 'translation', texts, true, false);
