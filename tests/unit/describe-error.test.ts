import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';

import { describeError } from '../../renderer/src/i18n/describe-error';
import { I18N_OPTIONS, resources } from '../../renderer/src/i18n/i18n';
import {
  PSEUDO_LOCALE,
  pseudoCatalogs,
  pseudoLocalise,
} from '../../renderer/src/i18n/pseudo-locale';
import {
  HOST_ERROR_CODES,
  HostError,
  type HostFailure,
  unwrap,
} from '../../shared/host-api/errors';

function translator(language: string): TFunction<'errors'> {
  const i18n = i18next.createInstance();
  void i18n.init({
    ...I18N_OPTIONS,
    lng: language,
    resources: { ...resources, [PSEUDO_LOCALE]: pseudoCatalogs(resources.en) },
  });
  return i18n.getFixedT(language, 'errors');
}

const english = translator('en');

/** A failure as it arrives from the host, in an envelope. */
function arrived(failure: unknown): unknown {
  try {
    unwrap({ ok: false, error: failure as HostFailure });
  } catch (error) {
    return error;
  }
  throw new Error('unwrap returned a value for a failure');
}

describe('describeError', () => {
  it('says what happened from the code and its parameters', () => {
    expect(describeError(new HostError('disk-full', { file: 'CLIL week.pdf' }), english)).toBe(
      'CLIL week.pdf could not be saved: the disk is full.',
    );
    expect(describeError(new HostError('disk-full'), english)).toBe('The disk is full.');
    expect(
      describeError(new HostError('damaged-file', { copyPath: '/data/damaged/p-1.ydoc' }), english),
    ).toContain('a copy of the file was kept at /data/damaged/p-1.ydoc');
    expect(describeError(new HostError('refused-file', { reason: 'incomplete' }), english)).toBe(
      'The file is incomplete: part of the program is missing.',
    );
    expect(
      describeError(new HostError('unreachable', { url: 'wss://sync.example.org' }), english),
    ).toMatch(/^wss:\/\/sync\.example\.org could not be reached/);
  });

  it('never shows the detail or the English message of what was thrown', () => {
    const general = english('unknown');
    expect(describeError(new HostError('pdf-failed', {}, 'Target page crashed'), english)).toBe(
      'The PDF could not be made.',
    );
    expect(describeError(new Error('Cannot read properties of undefined'), english)).toBe(general);
    expect(describeError('a thrown string', english)).toBe(general);
    expect(describeError({ message: 'an object' }, english)).toBe(general);
    expect(describeError(undefined, english)).toBe(general);
  });

  it('explains what arrives over the boundary, and falls back for what it does not know', () => {
    const full = arrived({ code: 'disk-full', params: { file: 'plan.docx' }, detail: 'ENOSPC' });
    expect(full).toMatchObject({ code: 'disk-full', message: 'disk-full: ENOSPC' });
    expect(describeError(full, english)).toBe('plan.docx could not be saved: the disk is full.');
    const unknownCode = arrived({
      code: 'flux-capacitor',
      params: {},
      detail: 'from a newer host',
    });
    expect(describeError(unknownCode, english)).toBe(english('codes.internal'));
    // A sentence where a code should be is never shown.
    const sentence = arrived({ code: 'storage', message: 'The disk is on fire.' });
    expect(describeError(sentence, english)).toBe('The data folder could not be used.');
    const oddParameter = arrived({ code: 'storage', params: { file: { toString: 'x' } } });
    expect(describeError(oddParameter, english)).toBe('The data folder could not be used.');
  });

  it('has words for every code, in English and in the pseudo-locale, and no English leaks into the latter', () => {
    const pseudo = translator(PSEUDO_LOCALE);
    for (const code of HOST_ERROR_CODES) {
      const error = HostError.of({
        code,
        params: { field: 'title', copyPath: 'P', url: 'U', reason: 'mismatch', file: 'F' },
      } as HostFailure);
      expect(describeError(error, english), code).not.toMatch(/codes\.|refusals\.|\{\{/);
      const text = describeError(error, pseudo);
      expect(text, code).toMatch(/^⟦.*⟧$/u);
      // Once the parameters are taken out, not one letter of plain English remains.
      expect(text.replace(/\b(title|P|U|F)\b/g, ''), code).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('the pseudo-locale', () => {
  it('accents every letter, keeps placeholders and marks where a string begins and ends', () => {
    expect(pseudoLocalise('Saved “{{name}}”')).toBe('⟦Šàṽéð “{{name}}”⟧');
    expect(pseudoLocalise('Library')).toBe('⟦Ļîƀŕàŕý⟧');
  });

  it('keeps the catalog settings that are not text', () => {
    const catalogs = pseudoCatalogs(resources.en);
    expect(catalogs.common?.formatLocale).toBe('en-GB');
  });
});
