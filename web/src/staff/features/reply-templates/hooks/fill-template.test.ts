import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template.ts';

const values = { firstName: 'Jonas', unitName: 'Visby vårdcentral', staffName: 'Johan Holm' };

describe('fillTemplate', () => {
  it('fills every placeholder, each time it occurs', () => {
    expect(fillTemplate('Hej {förnamn}! Jag heter {mitt_namn} och hjälper dig i dag.', values)).toBe('Hej Jonas! Jag heter Johan Holm och hjälper dig i dag.');
    expect(fillTemplate('{förnamn}, {förnamn}. Vänliga hälsningar, {mottagning}', values)).toBe('Jonas, Jonas. Vänliga hälsningar, Visby vårdcentral');
  });

  it('accepts placeholders written in capitals', () => {
    expect(fillTemplate('Hej {Förnamn}!', values)).toBe('Hej Jonas!');
  });

  it('leaves other text in braces and unknown placeholders as written', () => {
    expect(fillTemplate('Ta {dos} två gånger om dagen. {förnamn', values)).toBe('Ta {dos} två gånger om dagen. {förnamn');
    expect(fillTemplate('{ förnamn }', values)).toBe('{ förnamn }');
  });

  it('does not read the filled-in values as placeholders', () => {
    expect(fillTemplate('{förnamn}', { ...values, firstName: '{mitt_namn}' })).toBe('{mitt_namn}');
  });

  it('keeps a text without placeholders unchanged', () => {
    expect(fillTemplate('Vila och drick mycket.', values)).toBe('Vila och drick mycket.');
  });
});
