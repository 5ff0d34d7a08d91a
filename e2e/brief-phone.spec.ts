/** The briefing deck of the seed build on a 390-px phone (e2e/deck-phone.ts). */
import { deckPhoneChecks } from './deck-phone';

deckPhoneChecks('seed build');
