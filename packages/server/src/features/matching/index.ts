/** What other features use of the matching model: the decisions a search learns from, and recording what it learnt. */
export { decidedHitLabels, labelsForSearch, REGION, recordLearntVersion } from './model.ts';
