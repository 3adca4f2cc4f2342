import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components';

/** The invite to pass on, selectable as text, with a button that copies it. */
export function InviteBox({ invite }: { invite: string }) {
  const { t } = useTranslation('sharing');
  const id = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invite);
      setCopied('copied');
    } catch {
      // Where the clipboard API is refused (a denied permission), the selection still copies.
      text.current?.select();
      setCopied(document.execCommand('copy') ? 'copied' : 'failed');
    }
  };

  return (
    <div className="field invite-box">
      <label htmlFor={id}>{t('share.invite')}</label>
      <textarea
        id={id}
        ref={text}
        className="textarea invite-text"
        readOnly
        rows={3}
        value={invite}
        spellCheck={false}
        aria-describedby={`${id}-hint`}
      />
      <span id={`${id}-hint`} className="field-description">
        {t('share.inviteHint')}
      </span>
      <div className="row">
        <Button onClick={() => void copy()}>{t('share.copy')}</Button>
        <span role="status" className={copied === 'failed' ? 'field-error' : 'muted'}>
          {copied === 'copied'
            ? t('share.copied')
            : copied === 'failed'
              ? t('share.copyFailed')
              : ''}
        </span>
      </div>
    </div>
  );
}
