/** An exact non-negative number num/den (den > 0), so that decimal values never go through floats. */
export type Rational = { num: bigint; den: bigint };

export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den <= 0n || num < 0n) {
    throw new RangeError(`invalid rational ${num}/${den}`);
  }
  const divisor = gcd(num, den);
  return { num: num / divisor, den: den / divisor };
}

export function equalRationals(a: Rational, b: Rational): boolean {
  return a.num * b.den === b.num * a.den;
}

export function scaleRational(value: Rational, factor: bigint): Rational {
  return rational(value.num * factor, value.den);
}

/** value rounded half-up to `places` decimals, as an integer count of 10^-places. */
export function roundToPlaces(value: Rational, places: number): bigint {
  const scale = 10n ** BigInt(places);
  return (2n * value.num * scale + value.den) / (2n * value.den);
}

/** "1325", "3.8", "0.25" when the decimal expansion terminates, else "1/3". */
export function formatRational(value: Rational): string {
  let rest = value.den;
  let twos = 0;
  let fives = 0;
  for (; rest % 2n === 0n; rest /= 2n) twos += 1;
  for (; rest % 5n === 0n; rest /= 5n) fives += 1;
  if (rest !== 1n) {
    return `${value.num}/${value.den}`;
  }
  const places = Math.max(twos, fives);
  const scaled = (value.num * 10n ** BigInt(places)) / value.den;
  return formatScaled(scaled, places);
}

/** A decimal string for scaled / 10^places, without trailing fractional zeros. */
export function formatScaled(scaled: bigint, places: number): string {
  const digits = scaled.toString().padStart(places + 1, '0');
  const integer = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/u, '');
  return fraction === '' ? integer : `${integer}.${fraction}`;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) {
    [x, y] = [y, x % y];
  }
  return x === 0n ? 1n : x;
}
