import fc from "fast-check";
import {
  fromMinor,
  mulRateToMinor,
  roundHalfAwayFromZero,
  roundToScaledInteger,
  toBasisPoints,
  toMinor,
} from "./money";

/**
 * An independent reference: Excel's ROUND as exact decimal arithmetic on
 * BigInt, starting from the 15-significant-digit decimal text of x.
 */
function referenceScaled(x: number, digits: number): bigint {
  const text = x.toPrecision(15);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) throw new Error(`unexpected ${text}`);
  const negative = match[1] === "-";
  const fraction = match[3] ?? "";
  const numerator = BigInt((match[2] ?? "0") + fraction);
  const exponent = Number(match[4] ?? "0") - fraction.length; // value = numerator × 10^exponent
  const shift = exponent + digits;
  let scaled: bigint;
  if (shift >= 0) scaled = numerator * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    const remainder = numerator % divisor;
    scaled = numerator / divisor + (2n * remainder >= divisor ? 1n : 0n);
  }
  return negative ? -scaled : scaled;
}

describe("Excel ROUND (half away from zero, 15 significant digits)", () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [0.285, 2, 0.29],
    [8.325, 2, 8.33],
    [1.255, 2, 1.26],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.5, 0, -1],
    [0.49999999999999994, 0, 1],
    [1234.5678, -2, 1200],
    [1250, -2, 1300],
    [-1250, -2, -1300],
    [0.1 + 0.2, 1, 0.3],
    [123456789.125, 2, 123456789.13],
    [-0.004, 2, 0],
    [0, 2, 0],
    [1e20, 2, 1e20],
  ])("ROUND(%p, %p) = %p", (x, digits, expected) => {
    expect(roundHalfAwayFromZero(x, digits)).toBe(expected);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundToScaledInteger(-0.001, 2), 0)).toBe(true);
  });

  it("gives NaN for non-finite input", () => {
    expect(roundHalfAwayFromZero(Number.NaN, 2)).toBeNaN();
    expect(roundHalfAwayFromZero(Number.POSITIVE_INFINITY, 2)).toBeNaN();
  });

  it("agrees with an exact decimal reference on random doubles (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: -3, max: 4 }),
        (x, digits) => {
          const expected = referenceScaled(x, digits);
          expect(BigInt(roundToScaledInteger(x, digits))).toBe(expected);
          expect(roundHalfAwayFromZero(x, digits)).toBe(Number(`${expected}e${-digits}`));
        }
      ),
      { numRuns: 5000 }
    );
  });

  it("agrees with the reference on exact halves of cents (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        const x = (n + 0.5) / 100; // k.kk5 — the hard case for binary doubles
        expect(BigInt(roundToScaledInteger(x, 2))).toBe(referenceScaled(x, 2));
        expect(Math.abs(roundToScaledInteger(x, 2))).toBe(Math.abs(n) + (n >= 0 ? 1 : 0));
      }),
      { numRuns: 3000 }
    );
  });

  it("is odd-symmetric: ROUND(−x) = −ROUND(x) (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (x, d) => {
          expect(roundToScaledInteger(-x, d)).toBe(-roundToScaledInteger(x, d) || 0);
        }
      )
    );
  });
});

describe("minor units", () => {
  it("converts amounts to kopecks and back", () => {
    expect(toMinor(12.34)).toBe(1234);
    expect(toMinor(1.005)).toBe(101);
    expect(toMinor(-0.015)).toBe(-2);
    expect(fromMinor(1234)).toBe(12.34);
    expect(fromMinor(-5)).toBe(-0.05);
  });

  it("turns 0.0049999999999 into 0 minor units, never 1 (no x × 100 + epsilon tricks)", () => {
    expect(toMinor(0.0049999999999)).toBe(0);
    expect(toMinor(-0.0049999999999)).toBe(0);
    expect(toMinor(1.0049999999999)).toBe(100);
    expect(toMinor(0.005)).toBe(1);
  });

  it("gives NaN for non-finite amounts and never negative zero", () => {
    expect(toMinor(Number.NaN)).toBeNaN();
    expect(toMinor(Number.NEGATIVE_INFINITY)).toBeNaN();
    expect(Object.is(toMinor(-0), 0)).toBe(true);
    expect(Object.is(toMinor(-0.001), 0)).toBe(true);
  });

  it("agrees with ROUND(x, 2) on amounts up to 1e13, also where the two-decimal fast path applies (property)", () => {
    const amount = fc.oneof(
      fc.double({ min: -1e13, max: 1e13, noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e15, max: 1e15 }).map((minor) => minor / 100),
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000)
    );
    fc.assert(
      fc.property(amount, (x) => {
        expect(BigInt(toMinor(x))).toBe(referenceScaled(x, 2));
      }),
      { numRuns: 5000 }
    );
  });

  it("round-trips every minor amount (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (minor) => {
        expect(toMinor(fromMinor(minor))).toBe(minor);
      })
    );
  });

  it("ROUND(S × rate, 2) in minor units", () => {
    expect(mulRateToMinor(100_000_00, 0.05)).toBe(5_000_00);
    expect(mulRateToMinor(333, 0.5)).toBe(167); // 1.665 → 1.67 (half away)
    expect(mulRateToMinor(201, 0.5)).toBe(101); // 1.005 → 1.01, as Excel
    expect(mulRateToMinor(12345, 0)).toBe(0);
  });

  it("a rate in [0, 1] never gives more than the base (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (base, rate) => {
          const discount = mulRateToMinor(base, rate);
          expect(discount).toBeGreaterThanOrEqual(0);
          expect(discount).toBeLessThanOrEqual(base);
          expect(BigInt(discount)).toBe(referenceScaled(fromMinor(base) * rate, 2));
        }
      )
    );
  });

  it("counts basis points so that 0.7 + 0.2 + 0.1 is exactly 100 %", () => {
    expect(toBasisPoints(0.7 + 0.2 + 0.1)).toBe(10000);
    expect(toBasisPoints(0.25)).toBe(2500);
    expect(toBasisPoints(0.250049)).toBe(2500);
    expect(toBasisPoints(0.25005)).toBe(2501);
  });
});
