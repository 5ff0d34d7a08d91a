/** The whole-site sweep (e2e/sweep.ts) on the settlement fixture build (out-settlement/: proposals, the what-if). */
import { buildModel } from '../lib/model';
import { fixtureData } from './fixtures';
import { sweep } from './sweep';

sweep({
  name: 'settlement build',
  out: 'out-settlement',
  model: buildModel(fixtureData('lib/fixtures/settlement-data')),
});
