import { besideThreshold, count, countWords, days, hours, percent, points, pointsWords, quoted, rate, signal, SIGNAL_TITLES, wallHours } from '../../../../src/domain/signals/signal';

describe('signal', () => {
  it('gives each key its one title', () => {
    expect(signal('acceptance', 'green', 'Fine')).toEqual({ key: 'acceptance', title: 'Customer acceptance', level: 'green', reason: 'Fine' });
    expect(Object.keys(SIGNAL_TITLES).sort()).toEqual(['acceptance', 'blockers', 'decisions', 'defectEscape', 'leadTime', 'nps', 'partner', 'scope', 'velocity']);
  });
});

describe('numbers in reasons', () => {
  it('points: one decimal at most, no trailing .0, grouped thousands, never −0', () => {
    expect(points.words(83)).toBe('83');
    expect(points.words(83.0)).toBe('83');
    expect(points.words(12.5)).toBe('12.5');
    expect(points.words(130.6667)).toBe('130.7');
    expect(points.words(1234.5)).toBe('1,234.5');
    expect(points.words(-0.01)).toBe('0');
    expect(pointsWords(1)).toBe('1 point');
    expect(pointsWords(12.5)).toBe('12.5 points');
    expect(pointsWords(0)).toBe('0 points');
  });

  it('percent: whole percent from a fraction; a small share above 0 is not "0 %"', () => {
    expect(percent.words(0.834)).toBe('83 %');
    expect(percent.words(0.835)).toBe('84 %');
    expect(percent.words(1)).toBe('100 %');
    expect(percent.words(0)).toBe('0 %');
    expect(percent.words(0.004)).toBe('less than 1 %');
  });

  it('days, rates and counts', () => {
    expect(days.words(1)).toBe('1 day');
    expect(days.words(12.54)).toBe('12.5 days');
    expect(days.words(0.5)).toBe('0.5 days');
    expect(rate.words(0.25)).toBe('0.25');
    expect(rate.words(1 / 3)).toBe('0.33');
    expect(rate.words(0)).toBe('0');
    expect(count.words(1001)).toBe('1,001');
    expect(countWords(1, 'sprint')).toBe('1 sprint');
    expect(countWords(2, 'sprint')).toBe('2 sprints');
    expect(countWords(0, 'change')).toBe('0 changes');
  });

  it('hours: rounded down, never days (counted hours may be business hours); wall-clock hours in days past a day', () => {
    expect(hours.words(47.9)).toBe('47 h');
    expect(hours.words(72)).toBe('72 h');
    expect(hours.words(0.5)).toBe('30 min');
    expect(wallHours.words(51.5)).toBe('2 d 3 h');
    expect(wallHours.words(5)).toBe('5 h');
  });

  it('a value beside its threshold is never rounded onto or across it', () => {
    expect(besideThreshold(0.796, 0.8, percent)).toBe('less than 80 %');
    expect(besideThreshold(0.8, 0.8, percent)).toBe('80 %');
    expect(besideThreshold(0.75, 0.8, percent)).toBe('75 %');
    expect(besideThreshold(0.804, 0.8, percent)).toBe('more than 80 %');
    expect(besideThreshold(48.5, 48, hours)).toBe('more than 48 h');
    expect(besideThreshold(49, 48, hours)).toBe('49 h');
    expect(besideThreshold(30.04, 30, days)).toBe('more than 30 days');
    expect(besideThreshold(0.2501, 0.25, rate)).toBe('more than 0.25');
  });

  it('quotes a text on one line, cut to a few words', () => {
    expect(quoted('Which payment provider\ndo we use for the EU launch?')).toBe('“Which payment provider do we use for the…”');
    expect(quoted('  Short?  ')).toBe('“Short?”');
  });
});
