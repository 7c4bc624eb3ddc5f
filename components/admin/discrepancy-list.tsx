'use client';
// The list part both discrepancy sections share (来源分歧 of projects, agreements and organisations;
// 数值分歧 of metrics): a fieldset with its explanation, one labelled group per discrepancy with
// its own fields, an add button, and a remove button that asks first for a saved discrepancy,
// which may already be public.
import { useId, useState, type ReactNode } from 'react';
import type { FieldErrors } from '@/lib/records/field-errors';
import { FieldError } from './field-error';

type Props<T extends { id?: string }> = {
  /** The fieldset's id, the fact desk's links' anchor. */
  id: string;
  /** 来源分歧, 数值分歧: the legend, and each group's name with its number. */
  name: string;
  intro: ReactNode;
  items: T[];
  onChange: (items: T[]) => void;
  create: () => T;
  /** Where the list sits in the form data: recordDiscrepancies, valueDiscrepancies. */
  path: string;
  errors: FieldErrors;
  /** A discrepancy's own fields; `actions` adds buttons beside its remove button. */
  render: (item: T, path: string, update: (patch: Partial<T>) => void) => ReactNode;
  actions?: (item: T, update: (patch: Partial<T>) => void) => ReactNode;
};

export function DiscrepancyList<T extends { id?: string }>(props: Props<T>) {
  const { items, onChange } = props;
  const update = (index: number) => (patch: Partial<T>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="record-form__group" id={props.id}>
      <legend>{props.name}</legend>
      <p className="muted">{props.intro}</p>
      {items.map((item, index) => (
        <DiscrepancyGroup
          key={item.id ?? `new-${index}`}
          title={`${props.name} ${index + 1}${item.id ? '' : '（新）'}`}
          saved={Boolean(item.id)}
          idPath={`${props.path}.${index}.id`}
          errors={props.errors}
          onRemove={() => onChange(items.filter((_, i) => i !== index))}
          actions={props.actions?.(item, update(index))}
        >
          {props.render(item, `${props.path}.${index}`, update(index))}
        </DiscrepancyGroup>
      ))}
      <button type="button" className="button button--small" onClick={() => onChange([...items, props.create()])}>
        ＋ 添加{props.name}
      </button>
    </fieldset>
  );
}

type GroupProps = {
  title: string;
  saved: boolean;
  idPath: string;
  errors: FieldErrors;
  onRemove: () => void;
  actions: ReactNode;
  children: ReactNode;
};

function DiscrepancyGroup({ title, saved, idPath, errors, onRemove, actions, children }: GroupProps) {
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="record-form__item discrepancy-form" role="group" aria-labelledby={titleId}>
      <h3 id={titleId} className="discrepancy-form__title">
        {title}
      </h3>
      <FieldError errors={errors} path={idPath} />
      {children}
      <div className="discrepancy-form__actions">
        {actions}
        {confirming ? (
          <span className="discrepancy-form__confirm" role="alert">
            这条分歧已保存过，删除后经审核批准将从公开页面撤下。
            <button type="button" className="button button--danger button--small" onClick={onRemove}>
              确认删除
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => setConfirming(false)}>
              取消
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => (saved ? setConfirming(true) : onRemove())}
          >
            删除此分歧
          </button>
        )}
      </div>
    </div>
  );
}
