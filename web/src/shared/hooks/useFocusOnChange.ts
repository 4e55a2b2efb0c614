import { useEffect, useRef } from 'react';

/**
 * Focuses the element (a step's heading, with tabIndex -1) each time `value` changes after the first
 * render, so keyboard and screen reader users land at the start of the new step.
 */
export function useFocusOnChange<T extends HTMLElement>(value: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [value]);
  return ref;
}
