/** Reads items[index], throwing instead of returning undefined: for indexes the caller has already bounded. */
export function itemAt<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new RangeError(`index ${index} out of bounds (length ${items.length})`);
  }
  return item;
}
