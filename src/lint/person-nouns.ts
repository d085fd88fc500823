/**
 * Nouns that name a person, for "does the premise say who it is about?". Plurals are matched too.
 * Tuning: a series adds the nouns of its genre with the premise rule's `personNouns` option.
 */
export const PERSON_NOUNS: readonly string[] = (
  'woman man girl boy lady guy person women men people child children kid teen teenager ' +
  'wife husband mother father mom dad mum parent daughter son sister brother twin aunt uncle cousin grandmother grandfather ' +
  'bride groom fiance fiancé fiancee fiancée girlfriend boyfriend ex widow widower orphan heir heiress ' +
  'friend neighbor neighbour roommate stranger rival enemy lover ' +
  'boss ceo manager employee coworker colleague assistant secretary intern designer engineer programmer ' +
  'nurse doctor surgeon paramedic teacher student professor lawyer judge detective officer cop agent spy soldier ' +
  'journalist reporter writer artist singer actor actress model influencer chef waiter waitress maid nanny driver pilot ' +
  'billionaire millionaire prince princess king queen duke thief criminal hacker gangster mafia bodyguard werewolf vampire'
).split(' ');
