/** The briefing deck of the size fixture build (out-size/: 9 sides, long titles) on a 390-px phone (e2e/deck-phone.ts). */
import { deckPhoneChecks } from './deck-phone';

deckPhoneChecks('size build');
