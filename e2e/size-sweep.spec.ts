/** The whole-site sweep (e2e/sweep.ts) on the size fixture build (out-size/: 9 sides, long titles). */
import { buildModel } from '../lib/model';
import { fixtureData } from './fixtures';
import { sweep } from './sweep';

sweep({ name: 'size build', out: 'out-size', model: buildModel(fixtureData('lib/fixtures/size-data')) });
