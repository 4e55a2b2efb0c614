import { useState } from 'react';
import type { Answers, TriageCheckResponse } from '../../../../shared/contracts.ts';
import type { FreeSlot } from './slot-days.ts';

type Advice = Extract<TriageCheckResponse, { result: 'stop' }>['advice'];

export type Step = 'questions' | 'stopped' | 'time' | 'confirm';

/** One booking attempt: the chosen time and the id that makes a retry of it safe (never two bookings). */
export interface Attempt {
  slot: FreeSlot;
  requestId: string;
}

/**
 * The steps of booking one appointment type, kept in memory (not the address): the answers survive
 * going back and forth, a stop, and a time that was taken meanwhile.
 */
export function useSelfBookingFlow(hasQuestions: boolean) {
  const [step, setStep] = useState<Step>(hasQuestions ? 'questions' : 'time');
  const [answers, setAnswers] = useState<Answers>({});
  const [advice, setAdvice] = useState<Advice>(null);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [slotTaken, setSlotTaken] = useState(false);

  return {
    step,
    answers,
    setAnswers,
    advice,
    attempt,
    slotTaken,
    stopped: (stopAdvice: Advice) => {
      setAdvice(stopAdvice);
      setStep('stopped');
    },
    backToQuestions: () => setStep('questions'),
    passed: () => setStep('time'),
    chooseTime: (slot: FreeSlot) => {
      // A new time is a new attempt; retries of this one (e.g. after a network error) reuse the id.
      setAttempt({ slot, requestId: crypto.randomUUID() });
      setSlotTaken(false);
      setStep('confirm');
    },
    backToTimes: () => setStep('time'),
    timeWasTaken: () => {
      setAttempt(null);
      setSlotTaken(true);
      setStep('time');
    },
  };
}

export type SelfBookingFlow = ReturnType<typeof useSelfBookingFlow>;
