import { useEffect, useRef } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll'];

/**
 * Calls `onIdle` after `minutes` without keyboard or pointer activity in this tab (null: off).
 * Activity only records the time; one timer checks it, so typing costs nothing.
 */
export function useIdleTimeout(minutes: number | null, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;
  useEffect(() => {
    if (minutes === null) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const check = () => {
      const quiet = Date.now() - last;
      if (quiet >= limit) onIdleRef.current();
      else timer = setTimeout(check, limit - quiet);
    };
    const active = () => {
      last = Date.now();
    };
    for (const type of ACTIVITY)
      window.addEventListener(type, active, { passive: true, capture: true });
    timer = setTimeout(check, limit);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
    };
  }, [minutes]);
}
