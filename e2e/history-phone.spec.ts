/** The history fixture build (out-history/: positions moving over months) on a 390-px phone (e2e/phone.ts). */
import { buildModel } from '../lib/model';
import { historyData } from './fixtures';
import { phoneChecks } from './phone';

phoneChecks({ name: 'history build', model: buildModel(historyData()) });
