import type { ProxyKind } from '../../../../contracts/enums.ts';
import { birthdayOn } from '../identity/identifier.rules.ts';

/** R-PX-1: automatic guardian proxy ends on the 13th birthday. */
export const GUARDIAN_AGE_LIMIT = 13;
/** R-PX-2: a special-need guardian proxy ends at 16 at the latest. */
export const SPECIAL_NEED_AGE_LIMIT = 16;

export type ProxyInactiveReason = 'age_limit' | 'expired' | 'ended' | 'not_yet_valid' | 'guardian_blocked' | 'account_blocked' | 'protected_identity';

export type ProxyState = { active: true; endsOn: string | null } | { active: false; reason: ProxyInactiveReason };

export interface ProxyFacts {
  kind: ProxyKind;
  subjectBirthDate: string;
  /** The Swedish calendar date now. */
  today: string;
  /** For granted proxies: first valid day, and the day it stops being valid (exclusive), if any. */
  validFrom?: string | null;
  validUntil?: string | null;
  ended?: boolean;
  /** R-PX-6: a unit manager has blocked this guardian from this child. */
  guardianBlocked?: boolean;
  /** R-ID-4: the represented person's account is blocked. */
  subjectBlocked?: boolean;
  /** Either person has protected identity. */
  protectedIdentity?: boolean;
}

/**
 * Whether a proxy may act for the person now, and until when (R-PX-1…6, R-ID-4). One function
 * decides for every kind, so that the session check, the scheduled expiry and the staff overview agree.
 */
export function proxyState(f: ProxyFacts): ProxyState {
  if (f.protectedIdentity) return { active: false, reason: 'protected_identity' };
  if (f.subjectBlocked) return { active: false, reason: 'account_blocked' };
  if (f.ended) return { active: false, reason: 'ended' };
  const isGuardian = f.kind === 'guardian' || f.kind === 'guardian_special_need';
  if (isGuardian && f.guardianBlocked) return { active: false, reason: 'guardian_blocked' };
  if (f.validFrom && f.today < f.validFrom) return { active: false, reason: 'not_yet_valid' };

  let endsOn = f.validUntil ?? null;
  if (f.kind === 'guardian') endsOn = birthdayOn(f.subjectBirthDate, GUARDIAN_AGE_LIMIT);
  if (f.kind === 'guardian_special_need') {
    const limit = birthdayOn(f.subjectBirthDate, SPECIAL_NEED_AGE_LIMIT);
    endsOn = endsOn && endsOn < limit ? endsOn : limit;
  }
  if (endsOn !== null && f.today >= endsOn) {
    const ageBound = f.kind === 'guardian' || (f.kind === 'guardian_special_need' && endsOn === birthdayOn(f.subjectBirthDate, SPECIAL_NEED_AGE_LIMIT));
    return { active: false, reason: ageBound ? 'age_limit' : 'expired' };
  }
  return { active: true, endsOn };
}

export type SpecialNeedProblem = 'under_13' | 'over_16' | 'until_after_16' | 'until_not_after_today';

/** R-PX-2: staff may approve a special-need proxy for a child aged 13–15, ending no later than the 16th birthday. */
export function checkSpecialNeedApproval(subjectBirthDate: string, today: string, validUntil: string): SpecialNeedProblem | null {
  if (today < birthdayOn(subjectBirthDate, GUARDIAN_AGE_LIMIT)) return 'under_13';
  const sixteenth = birthdayOn(subjectBirthDate, SPECIAL_NEED_AGE_LIMIT);
  if (today >= sixteenth) return 'over_16';
  if (validUntil > sixteenth) return 'until_after_16';
  if (validUntil <= today) return 'until_not_after_today';
  return null;
}
