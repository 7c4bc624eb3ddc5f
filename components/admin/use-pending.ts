'use client';
// A button's busy state around a server action: set while the action runs and cleared however it
// ends, so a failed request (a dropped connection) never leaves the button disabled for good.
import { useCallback, useState } from 'react';

export function usePending() {
  const [pending, setPending] = useState(false);
  const whilePending = useCallback(async <T>(work: () => Promise<T>): Promise<T> => {
    setPending(true);
    try {
      return await work();
    } finally {
      setPending(false);
    }
  }, []);
  return { pending, whilePending };
}
