/** The size fixture build (out-size/: 9 sides, 15 events, long names) on a 390-px phone (e2e/phone.ts). */
import { buildModel } from '../lib/model';
import { fixtureData } from './fixtures';
import { phoneChecks } from './phone';

phoneChecks({ name: 'size build', model: buildModel(fixtureData('lib/fixtures/size-data')) });
