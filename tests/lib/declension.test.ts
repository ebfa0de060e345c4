import { describe, expect, it } from 'vitest';
import { kindNounOf, nameWords, wordForms } from '../../parser/lib/declension.js';

describe('wordForms', () => {
  it.each([
    ['Западно-Казахстанская', ['западно-казахстанская', 'западно-казахстанской', 'западно-казахстанскую']],
    ['Акжарский', ['акжарский', 'акжарского', 'акжарскому', 'акжарским', 'акжарском']],
    ['Петропавловск', ['петропавловск', 'петропавловска', 'петропавловску', 'петропавловском', 'петропавловске']],
    ['Костанай', ['костанай', 'костаная', 'костанаю', 'костанаем', 'костанае']],
    ['Караганда', ['караганда', 'караганды', 'караганде', 'караганду', 'карагандой']],
    ['Астана', ['астаны', 'астане', 'астаной']],
    ['Сарань', ['сарань', 'сарани', 'саранью']],
    ['Рудный', ['рудный', 'рудного', 'рудном']],
    ['Усть-Каменогорск', ['усть-каменогорска', 'усть-каменогорске']],
    ['Нур-Султан', ['нур-султана', 'нур-султане']],
    ['Қостанай', ['костаная']],
  ])('declines %s', (word, expected) => {
    const forms = wordForms(word);
    for (const f of expected) expect(forms).toContain(f);
  });

  it('keeps names ending in other vowels indeclinable', () => {
    expect(wordForms('Алматы')).toEqual(['алматы']);
    expect(wordForms('Актобе')).toEqual(['актобе']);
    expect(wordForms('Атырау')).toEqual(['атырау']);
  });

  it('keeps the gender of adjectives unless asked for all genders', () => {
    expect(wordForms('Жамбылская')).not.toContain('жамбылского');
    expect(wordForms('Западно-Казахстанская', true)).toContain('западно-казахстанского');
    expect(wordForms('Уральский', true)).toContain('уральского');
  });
});

describe('nameWords / kindNounOf', () => {
  it('recognises the generic nouns and their abbreviations and adjectives', () => {
    expect(kindNounOf('области')).toBe('oblast');
    expect(kindNounOf('обл.')).toBe('oblast');
    expect(kindNounOf('областного')).toBe('oblast');
    expect(kindNounOf('районе')).toBe('district');
    expect(kindNounOf('р-на')).toBe('district');
    expect(kindNounOf('районного')).toBe('district');
    expect(kindNounOf('г.')).toBe('city');
    expect(kindNounOf('городского')).toBe('city');
    expect(kindNounOf('акимата')).toBeNull();
  });

  it('keeps the words after a leading generic noun fixed', () => {
    expect(nameWords('район Шал акына').map((w) => [w.role, [...w.forms][0]])).toEqual([
      ['kind', 'район'],
      ['fixed', 'шал'],
      ['fixed', 'акына'],
    ]);
  });

  it('declines adjectival names', () => {
    const [adjective, noun] = nameWords('Северо-Казахстанская область');
    expect(adjective?.role).toBe('declined');
    expect(adjective?.forms.has('северо-казахстанской')).toBe(true);
    expect(noun?.kindNoun).toBe('oblast');
  });
});
