import { describe, expect, it } from 'vitest';

import {
  withAddedEntry,
  withEntry,
  withoutEntry,
} from '../../renderer/src/features/settings/text-list';

describe('editable lists of the program settings', () => {
  const languages = ['English', 'Русский', 'Қазақ тілі'];

  it('keeps every entry exactly as typed, in any script', () => {
    const typed = '  Қазақ тілі — ә ғ қ ң ө ұ ү һ і 🇰🇿 ';
    expect(withEntry(languages, 2, typed)).toEqual(['English', 'Русский', typed]);
    expect(withAddedEntry(languages, typed)).toEqual([...languages, typed]);
  });

  it('allows the same entry twice and removes only the one at the given place', () => {
    const list = ['English', 'English'];
    expect(withoutEntry(list, 1)).toEqual(['English']);
  });

  it('takes out an entry cleared to nothing and never adds a blank one', () => {
    expect(withEntry(languages, 1, '   ')).toEqual(['English', 'Қазақ тілі']);
    expect(withAddedEntry(languages, ' ')).toEqual(languages);
  });

  it('leaves the list alone for a place outside it', () => {
    expect(withEntry(languages, 5, 'Deutsch')).toEqual(languages);
    expect(withoutEntry(languages, -1)).toEqual(languages);
  });

  it('returns a new list and never changes the one it was given', () => {
    const list = ['English'];
    const next = withAddedEntry(list, 'Kazakh');
    expect(list).toEqual(['English']);
    expect(next).not.toBe(list);
  });
});
