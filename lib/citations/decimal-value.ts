import { formatScaled, rational, type Rational } from './rational';

/** A value as an editor states it: exact, with its own number of decimal places (0.330 has 3). */
export type StatedValue = { value: Rational; places: number; display: string };

const DECIMAL = /^(\d+)(?:\.(\d+))?$/u;
const EXPONENTIAL = /^(\d+)(?:\.(\d+))?e([+-]?\d+)$/iu;

/** Parses "1325", "3.8", 95, 0.5...; null for negative, non-finite or malformed values. */
export function parseStatedValue(value: string | number): StatedValue | null {
  const text = typeof value === 'number' ? numberToText(value) : value.trim();
  if (text === null) {
    return null;
  }
  const match = DECIMAL.exec(text);
  if (match === null) {
    return null;
  }
  const integer = match[1] ?? '';
  const fraction = match[2] ?? '';
  const places = fraction.length;
  return {
    value: rational(BigInt(integer + fraction), 10n ** BigInt(places)),
    places,
    display: text,
  };
}

/** Plain decimal digits of a JS number (String() gives exponents beyond 1e21 or below 1e-6). */
function numberToText(value: number): string | null {
  if (!Number.isFinite(value) || value < 0) {
    return null;
  }
  const text = String(value);
  const match = EXPONENTIAL.exec(text);
  if (match === null) {
    return text;
  }
  const digits = (match[1] ?? '') + (match[2] ?? '');
  const places = (match[2] ?? '').length - Number(match[3]);
  return places <= 0 ? digits + '0'.repeat(-places) : formatScaled(BigInt(digits), places);
}
