import { useTranslation } from 'react-i18next';

import { LIMITS } from '../../../shared/model/schema';
import { CommitField, type CommitFieldProps, type ParseResult } from './CommitField';

type TextFieldProps = Omit<CommitFieldProps<string>, 'format' | 'parse'> & {
  /** A title must not be empty; other text may. */
  required?: boolean;
  maxLength?: number;
};

/** A plain text field of the program, kept exactly as typed (any script, any length up to the limit). */
export function TextField({
  required = false,
  maxLength = LIMITS.maxTextLength,
  ...props
}: TextFieldProps) {
  const { t } = useTranslation();
  const parse = (text: string): ParseResult<string> => {
    if (required && text.trim() === '') return { ok: false, error: t('validation.title.empty') };
    if (text.length > maxLength) {
      const key = required ? 'validation.title.tooLong' : 'validation.text.tooLong';
      return { ok: false, error: t(key, { max: maxLength }) };
    }
    return { ok: true, value: text };
  };
  return <CommitField {...props} format={identity} parse={parse} />;
}

const identity = (value: string) => value;
