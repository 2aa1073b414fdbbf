/**
 * The analysis texts join the app's when the analysis page is first opened, not before: the pages
 * that do not need them (the screening above all) do not carry them.
 */
import i18next from 'i18next';
import { analysisTexts } from './index.ts';

for (const [locale, texts] of Object.entries(analysisTexts))
  i18next.addResourceBundle(locale, 'translation', texts, true, false);
