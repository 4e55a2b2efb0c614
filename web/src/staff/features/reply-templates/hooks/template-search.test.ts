import { describe, expect, it } from 'vitest';
import type { ReplyTemplate } from '../../../../shared/contracts.ts';
import { matchTemplates, replaceRange, slashQueryAt } from './template-search.ts';

const template = (title: string, shortcut: string | null): ReplyTemplate => ({ id: crypto.randomUUID(), scope: 'unit', title, body: title, shortcut });
const templates = [template('Hälsning', 'hej'), template('Egenvård förkylning', 'forkylning'), template('Avslut', 'avslut'), template('Hejdå och tack', null)];

describe('slashQueryAt', () => {
  it('finds a slash word at the start and after a space or a new line', () => {
    expect(slashQueryAt('/he', 3)).toEqual({ start: 0, end: 3, query: 'he' });
    expect(slashQueryAt('Tack! /av', 9)).toEqual({ start: 6, end: 9, query: 'av' });
    expect(slashQueryAt('Rad ett\n/', 9)).toEqual({ start: 8, end: 9, query: '' });
  });

  it('takes the rest of the word after the caret into what is replaced', () => {
    expect(slashQueryAt('/hej där', 2)).toEqual({ start: 0, end: 4, query: 'h' });
  });

  it('ignores slashes inside words, in addresses and before the caret', () => {
    expect(slashQueryAt('och/eller', 9)).toBeNull();
    expect(slashQueryAt('https://1177.se', 15)).toBeNull();
    expect(slashQueryAt('/hej', 0)).toBeNull();
    expect(slashQueryAt('/hej dåså', 9)).toBeNull();
    expect(slashQueryAt('', 0)).toBeNull();
  });
});

describe('matchTemplates', () => {
  it('lists every template for an empty query', () => {
    expect(matchTemplates(templates, '')).toHaveLength(4);
  });

  it('puts an exact shortcut first, then shortcut beginnings, then titles', () => {
    expect(matchTemplates(templates, 'hej').map((t) => t.title)).toEqual(['Hälsning', 'Hejdå och tack']);
    expect(matchTemplates(templates, 'F').map((t) => t.title)).toEqual(['Egenvård förkylning']);
    expect(matchTemplates(templates, 'tack').map((t) => t.title)).toEqual(['Hejdå och tack']);
  });

  it('compares without regard to case, Swedish letters included', () => {
    expect(matchTemplates(templates, 'HÄLS').map((t) => t.title)).toEqual(['Hälsning']);
  });

  it('answers nothing when nothing matches', () => {
    expect(matchTemplates(templates, 'recept')).toEqual([]);
  });
});

describe('replaceRange', () => {
  it('replaces the range and puts the caret after the insertion', () => {
    expect(replaceRange('Tack! /hej', 6, 10, 'Hej Jonas!')).toEqual({ text: 'Tack! Hej Jonas!', caret: 16 });
    expect(replaceRange('/h resten', 0, 2, 'Hej')).toEqual({ text: 'Hej resten', caret: 3 });
  });
});
