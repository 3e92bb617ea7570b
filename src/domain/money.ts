/**
 * Money in integer minor units (kopecks/cents) and the one place where the
 * product rounds (style.md §5).
 *
 * Excel's ROUND rounds half away from zero (also for negatives, unlike JS
 * `Math.round`), and it rounds the number as Excel sees it: the binary double
 * is first taken to 15 significant decimal digits, so ROUND(1.005, 2) is 1.01
 * in Excel although the double 1.005 is slightly below 1.005. The functions
 * here do the same with decimal string arithmetic, never `x * 100` tricks.
 */

/**
 * The integer K with ROUND(x, digits) = K × 10^−digits, half away from zero,
 * after taking x to 15 significant digits as Excel does. `digits` may be
 * negative (ROUND(1250, −2) → K = 13). Non-finite x gives NaN.
 */
export function roundToScaledInteger(x: number, digits: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  if (x === 0) return 0;
  const sign = x < 0 ? -1 : 1;
  // "d.dddddddddddddde±x": 15 significant digits, exactly what Excel keeps.
  const [mantissa = "0", exponentText = "0"] = Math.abs(x).toExponential(14).split("e");
  const significand = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  // Digits of the significand that stay left of the rounding position.
  const kept = exponent + 1 + digits;
  if (kept < 0) return 0;
  if (kept >= significand.length) {
    const scaled = Number(significand + "0".repeat(kept - significand.length));
    return sign * scaled;
  }
  const head = kept === 0 ? 0 : Number(significand.slice(0, kept));
  const next = Number(significand.charAt(kept));
  const rounded = next >= 5 ? head + 1 : head;
  return rounded === 0 ? 0 : sign * rounded;
}

/**
 * Excel's ROUND(x, digits): half away from zero on the 15-significant-digit
 * decimal value of x. ROUND(1.005, 2) = 1.01, ROUND(−2.5, 0) = −3,
 * ROUND(1250, −2) = 1300.
 */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  if (!Number.isFinite(x)) return Number.NaN;
  const scaled = roundToScaledInteger(x, digits);
  if (scaled === 0) return 0;
  // Fifteen or more digits kept: nothing to round beyond Excel's own precision.
  if (!Number.isFinite(scaled) || Math.abs(scaled) >= 1e15) return Number(x.toPrecision(15));
  return digits >= 0 ? Number(`${scaled}e-${digits}`) : Number(`${scaled}e${-digits}`);
}

/**
 * An amount in major units (roubles, 12.34) → integer minor units (1234),
 * rounded like ROUND(x, 2): the one number → minor units conversion of the
 * product (0.0049999999999 → 0, 1.005 → 101, −2.675 → −268; NaN for
 * non-finite input).
 *
 * Fast path for the common amount that already has at most two decimals:
 * when x × 100 is within 1e-6 of an integer below 10^15, no rounding boundary
 * (…,5) is near and the 15 significant digits Excel keeps are that integer's
 * digits, so that integer is exactly what ROUND gives; anything else takes the
 * decimal route.
 */
export function toMinor(amount: number): number {
  const cents = amount * 100;
  const nearest = Math.round(cents);
  if (Math.abs(cents - nearest) < 1e-6 && Math.abs(nearest) < 1e15) return nearest + 0;
  return roundToScaledInteger(amount, 2);
}

/** Integer minor units → the amount in major units (1234 → 12.34), the nearest double (IEEE division is correctly rounded). */
export function fromMinor(minor: number): number {
  return minor / 100;
}

/**
 * ROUND(S × rate, 2) in minor units, for S given in minor units: the amount
 * is taken to major units first, as the sheet holds it, then multiplied, then
 * rounded like Excel (spec §4: discounts, the percent_of_turnover budget).
 */
export function mulRateToMinor(minorBase: number, rate: number): number {
  return roundToScaledInteger(fromMinor(minorBase) * rate, 2);
}

/**
 * A fraction in whole basis points, rounded half up (0.25 → 2500; 0.7 + 0.2 +
 * 0.1 → 10000), as the spec compares KPI weights and effective discount rates.
 */
export function toBasisPoints(fraction: number): number {
  return roundToScaledInteger(fraction, 4);
}
