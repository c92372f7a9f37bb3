import { callWords, listReadersWords, readersWords } from '../../../static/shared/concern/concernWords';

const sponsors = [
  { displayName: 'Linda Okafor', role: 'client sponsor' as const },
  { displayName: 'Kasia W', role: 'delivery sponsor' as const },
];

describe('concern words', () => {
  it('name who reads a concern, and say so when the settings name nobody', () => {
    expect(readersWords(sponsors)).toBe('You, Linda Okafor (client sponsor) and Kasia W (delivery sponsor) read it; nobody else in the app does.');
    expect(readersWords([sponsors[0]!])).toBe('You, Linda Okafor (client sponsor) read it; nobody else in the app does.');
    expect(readersWords([])).toMatch(/no sponsor is named in the settings yet/);
    expect(readersWords(undefined)).toBe('You, the client sponsor and the delivery sponsor read it; nobody else in the app does.');
    expect(listReadersWords(sponsors)).toBe('Each concern is read by whoever raised it and by Linda Okafor (client sponsor) and Kasia W (delivery sponsor); by nobody else in the app.');
  });

  it('say a call is created only with its issue key from the ledger', () => {
    expect(callWords({ state: 'created', issueKey: 'ENG-501' }, 'next-scan')).toBe('Calibration call ENG-501 created.');
    expect(callWords({ state: 'planned' }, 'next-scan')).toBe('The calibration call is being created in Jira.');
    expect(callWords({ state: 'waiting' }, 'preview')).toMatch(/^No calibration call yet: .* Preview/);
    expect(callWords({ state: 'waiting' }, 'no-delivery-sponsor')).toMatch(/waits for a delivery sponsor/);
  });
});
