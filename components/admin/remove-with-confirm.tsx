'use client';
// A remove button for an item that may already be public: a saved one asks first, saying what
// approving the removal will do; a new one goes at once.
import { useState } from 'react';

type Props = { saved: boolean; label: string; warning: string; onRemove: () => void };

export function RemoveWithConfirm({ saved, label, warning, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => (saved ? setConfirming(true) : onRemove())}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="discrepancy-form__confirm" role="alert">
      {warning}
      <button type="button" className="button button--danger button--small" onClick={onRemove}>
        确认删除
      </button>
      <button type="button" className="button button--quiet button--small" onClick={() => setConfirming(false)}>
        取消
      </button>
    </span>
  );
}
