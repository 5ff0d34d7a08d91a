/** `npm run bench:settlement`: the what-if's two speed figures alone (also printed by `npm run bench`). */
import { printSettlementBench } from '../lib/bench/settlement';

printSettlementBench();
