// A fieldset of like items (a metric's observations, a project's milestones, measures or parties):
// each item with its own remove button, and an add button below. Items keep their fact id as React
// key where they have one, so removing one never hands its inputs to the next.
import type { ReactNode } from 'react';
import type { FieldErrors } from '@/lib/records/field-errors';
import { FieldError } from './field-error';

type Props<T> = {
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
  create: () => T;
  addLabel: string;
  removeLabel: string;
  render: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
  /** The name of one item for assistive technology (观测值 3), making it a labelled group. */
  itemLabel?: (index: number) => string;
  itemClassName?: string;
  /** Where a list-wide error (too few items) sits: above the items. */
  errors?: FieldErrors;
  path?: string;
};

export function RepeatedItems<T extends { id?: string | null }>(props: Props<T>) {
  const { items, onChange } = props;
  const update = (index: number) => (patch: Partial<T>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="record-form__group">
      <legend>{props.legend}</legend>
      {props.errors && props.path && <FieldError errors={props.errors} path={props.path} />}
      {items.map((item, index) => (
        <div
          key={item.id ?? `new-${index}`}
          className={props.itemClassName ?? 'record-form__item'}
          {...(props.itemLabel ? { role: 'group', 'aria-label': props.itemLabel(index) } : {})}
        >
          {props.render(item, index, update(index))}
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            {props.removeLabel}
          </button>
        </div>
      ))}
      <button type="button" className="button button--small" onClick={() => onChange([...items, props.create()])}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
