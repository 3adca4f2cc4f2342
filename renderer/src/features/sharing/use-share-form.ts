import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { HostingStatus, ProgramSharing } from '../../../../shared/host-api/contract';
import { isSyncServerUrl } from '../../../../shared/sync/invite';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';
import { rememberedServer, rememberServer } from './server-memory';

export type ServerChoice = 'server' | 'host';

export type ShareForm = {
  choice: ServerChoice;
  choose: (choice: ServerChoice) => void;
  address: string;
  setAddress: (address: string) => void;
  /** The server's registration code, for servers that register rooms only with one. */
  registrationCode: string;
  setRegistrationCode: (code: string) => void;
  /** Why the address is refused, once the user tried to share with it. */
  addressError: string | null;
  error: string | null;
  busy: boolean;
  submit: () => Promise<void>;
};

/**
 * The choice of where a program is synced: a server's address (checked before
 * anything is sent) or this computer, which then starts its embedded server and
 * puts its network address in the invite.
 */
export function useShareForm(
  programId: string,
  startHosting: () => Promise<HostingStatus>,
  onShared: (sharing: ProgramSharing) => void,
): ShareForm {
  const { t } = useTranslation('sharing');
  const host = useHost();
  const describe = useDescribeError();
  const [choice, setChoice] = useState<ServerChoice>('server');
  const [address, setAddressText] = useState(() => rememberedServer(programId));
  const [registrationCode, setRegistrationCode] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const trimmed = address.trim();
  const addressError =
    choice === 'server' && tried && !isSyncServerUrl(trimmed) ? t('share.serverInvalid') : null;

  const serverToUse = async (): Promise<string | null> => {
    if (choice === 'server') return isSyncServerUrl(trimmed) ? trimmed : null;
    let status: HostingStatus;
    try {
      status = await startHosting();
    } catch (failure) {
      setError(t('share.hostingFailed', { message: describe(failure) }));
      return null;
    }
    const url = status.urls[0];
    if (url === undefined) setError(t('share.noLanAddress'));
    return url ?? null;
  };

  const submit = async () => {
    if (busy) return;
    setTried(true);
    setError(null);
    if (choice === 'server' && !isSyncServerUrl(trimmed)) return;
    setBusy(true);
    try {
      const server = await serverToUse();
      if (server === null) return;
      const code = registrationCode.trim();
      const sharing = await host.sharing.share({
        id: programId,
        serverUrl: server,
        ...(choice === 'server' && code !== '' ? { registrationCode: code } : {}),
      });
      if (choice === 'server') rememberServer(programId, server);
      onShared(sharing);
    } catch (failure) {
      setError(t('share.failed', { message: describe(failure) }));
    } finally {
      setBusy(false);
    }
  };

  return {
    choice,
    choose: (next) => {
      setChoice(next);
      setError(null);
    },
    address,
    setAddress: (next) => {
      setAddressText(next);
      setError(null);
    },
    registrationCode,
    setRegistrationCode: (next) => {
      setRegistrationCode(next);
      setError(null);
    },
    addressError,
    error,
    busy,
    submit,
  };
}
