import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { BankIdHintCode, SignInAudience } from '../../contracts.ts';
import { cancelBankId } from '../api/cancel-bankid.ts';
import { collectBankId } from '../api/collect-bankid.ts';
import { startBankId } from '../api/start-bankid.ts';
import type { BankIdMode } from './bankid-messages.ts';

export type BankIdState =
  | { step: 'choose' }
  | { step: 'starting'; mode: BankIdMode }
  | { step: 'pending'; mode: BankIdMode; hintCode: BankIdHintCode; qrData: string | null }
  | { step: 'failed'; mode: BankIdMode; hintCode: BankIdHintCode }
  | { step: 'error'; mode: BankIdMode | null; error: ApiError }
  | { step: 'done' };

export interface NeedsTerms {
  givenName: string;
  termsVersion: string;
}

interface Options {
  audience: SignInAudience;
  /** True when the page was opened by the BankID app's redirect (`?signin=resume`). */
  resume: boolean;
  onSignedIn: () => void;
  onNeedsTerms?: (terms: NeedsTerms) => void;
}

const POLL_MS = 1000;
const MAX_NETWORK_RETRIES = 3;

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'network_error', String(error));
}

/** A launch URL that is a web page of ours (the simulator) replaces this page; a bankid:// link does not. */
function navigatesAway(launchUrl: string): boolean {
  return /^(https?:)?\//i.test(launchUrl);
}

/**
 * The BankID sign-in flow: start (QR on another device, or this device), poll collect once a second
 * (the QR data changes each time), and finish as signed in, needs terms, failed or error.
 */
export function useBankIdSignIn({ audience, resume, onSignedIn, onNeedsTerms }: Options) {
  const [state, setState] = useState<BankIdState>(resume ? { step: 'pending', mode: 'sameDevice', hintCode: 'outstandingTransaction', qrData: null } : { step: 'choose' });
  const generation = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const callbacks = useRef({ onSignedIn, onNeedsTerms });
  callbacks.current = { onSignedIn, onNeedsTerms };

  const stop = useCallback(() => {
    generation.current += 1;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const poll = useCallback((gen: number, mode: BankIdMode, networkRetries = 0) => {
    if (gen !== generation.current) return;
    collectBankId().then(
      (result) => {
        if (gen !== generation.current) return;
        switch (result.status) {
          case 'pending':
            setState({ step: 'pending', mode, hintCode: result.hintCode, qrData: result.qrData });
            timer.current = setTimeout(() => poll(gen, mode), POLL_MS);
            return;
          case 'failed':
            setState({ step: 'failed', mode, hintCode: result.hintCode });
            return;
          case 'needs_terms':
            setState({ step: 'done' });
            callbacks.current.onNeedsTerms?.({ givenName: result.givenName, termsVersion: result.termsVersion });
            return;
          case 'signed_in':
          case 'identified':
            setState({ step: 'done' });
            callbacks.current.onSignedIn();
            return;
        }
      },
      (error: unknown) => {
        if (gen !== generation.current) return;
        const apiError = asApiError(error);
        if (apiError.code === 'network_error' && networkRetries < MAX_NETWORK_RETRIES) {
          timer.current = setTimeout(() => poll(gen, mode, networkRetries + 1), POLL_MS * 2);
          return;
        }
        setState({ step: 'error', mode, error: apiError });
      },
    );
  }, []);

  const start = useCallback(
    async (mode: BankIdMode) => {
      stop();
      const gen = generation.current;
      setState({ step: 'starting', mode });
      try {
        const started = await startBankId(audience);
        if (gen !== generation.current) return;
        if (mode === 'qr') {
          setState({ step: 'pending', mode, hintCode: 'outstandingTransaction', qrData: started.qrData });
          timer.current = setTimeout(() => poll(gen, mode), POLL_MS);
          return;
        }
        setState({ step: 'pending', mode, hintCode: 'outstandingTransaction', qrData: null });
        window.location.assign(started.launchUrl);
        // A bankid:// link leaves this page open: keep collecting here until the app answers.
        if (!navigatesAway(started.launchUrl)) timer.current = setTimeout(() => poll(gen, mode), POLL_MS);
      } catch (error) {
        if (gen !== generation.current) return;
        setState({ step: 'error', mode, error: asApiError(error) });
      }
    },
    [audience, poll, stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ step: 'choose' });
    void cancelBankId().catch(() => undefined);
  }, [stop]);

  const reset = useCallback(() => {
    stop();
    setState({ step: 'choose' });
  }, [stop]);

  // Back from the BankID app (same device): collect at once.
  useEffect(() => {
    if (!resume) return;
    stop();
    const gen = generation.current;
    setState({ step: 'pending', mode: 'sameDevice', hintCode: 'outstandingTransaction', qrData: null });
    poll(gen, 'sameDevice');
  }, [resume, poll, stop]);

  useEffect(() => stop, [stop]);

  return { state, start, cancel, reset };
}
