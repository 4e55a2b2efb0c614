import { useState } from 'react';
import type { Answers, ChatMode, ChatTriageResponse, Errand } from '../../../../shared/contracts.ts';
import { effectiveMode, newChatSteps, type ChatStartOption, type NewChatStep } from './new-chat-steps.ts';

type Advice = Extract<ChatTriageResponse, { result: 'stop' }>['advice'];

/** A refusal of the request, shown at the step it concerns until the resident changes something there. */
export interface Refusal {
  step: NewChatStep;
  error: unknown;
}

/**
 * Writing to care, step by step, kept in memory: choices survive going back and forth and a stop.
 * One client id per attempt, so sending again after a lost answer never opens two conversations.
 */
export function useNewChatFlow(units: ChatStartOption[]) {
  const [step, setStep] = useState<NewChatStep | 'stopped'>('unit');
  const [unitId, setUnitId] = useState<string | null>(units.length === 1 ? (units[0]?.unitId ?? null) : null);
  const [errand, setErrand] = useState<Errand | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [advice, setAdvice] = useState<Advice>(null);
  const [bookingId, setBookingId] = useState<string | null>(null);
  const [mode, setMode] = useState<ChatMode | null>(null);
  const [message, setMessage] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [clientId] = useState(() => crypto.randomUUID());

  const unit = units.find((u) => u.unitId === unitId) ?? null;
  const questionnaire = unit?.errands.find((e) => e.errand === errand)?.questionnaire ?? [];
  const steps = newChatSteps(unit, errand);
  const current: NewChatStep = step === 'stopped' ? 'questions' : step;
  const move = (offset: number) => setStep(steps[steps.indexOf(current) + offset] ?? current);
  const clearRefusal = (at: NewChatStep) => setRefusal((r) => (r?.step === at ? null : r));

  return {
    step,
    steps,
    number: steps.indexOf(current) + 1,
    unit,
    errand,
    questionnaire,
    answers,
    advice,
    bookingId,
    mode: effectiveMode(unit, mode),
    message,
    clientId,
    refusal,
    chooseUnit: (id: string) => {
      clearRefusal('unit');
      if (id === unitId) return;
      setUnitId(id);
      setErrand(null);
      setAnswers({});
      setBookingId(null);
      setMode(null);
    },
    chooseErrand: (value: Errand) => {
      clearRefusal('errand');
      if (value === errand) return;
      setErrand(value);
      setAnswers({});
      setBookingId(null);
    },
    setAnswers: (value: Answers) => {
      clearRefusal('questions');
      setAnswers(value);
    },
    chooseBooking: (id: string) => {
      clearRefusal('booking');
      setBookingId(id);
    },
    chooseMode: (value: ChatMode) => {
      clearRefusal('mode');
      setMode(value);
    },
    setMessage,
    next: () => move(1),
    back: () => move(-1),
    stopped: (stopAdvice: Advice) => {
      setAdvice(stopAdvice);
      setStep('stopped');
    },
    backToQuestions: () => setStep('questions'),
    /** The request was refused: back to the step it concerns, with the reason there. */
    refused: (at: NewChatStep, error: unknown) => {
      setRefusal({ step: at, error });
      setStep(at);
    },
  };
}

export type NewChatFlow = ReturnType<typeof useNewChatFlow>;
