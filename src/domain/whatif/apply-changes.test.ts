import fc from "fast-check";
import { splitInProportion } from "./apply-changes";

describe("splitting a total in proportion", () => {
  it("adds up to the total exactly and follows the weights", () => {
    expect(splitInProportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(splitInProportion(10, [0, 0])).toEqual([5, 5]);
    expect(splitInProportion(7, [3, 0, 1])).toEqual([5, 0, 2]);
    expect(splitInProportion(5, [])).toEqual([]);
  });

  it("meets any total to the cent, also above 2^53 in the products", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.array(fc.integer({ min: 0, max: 1e13 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const split = splitInProportion(total, weights);
          expect(split.reduce((a, b) => a + b, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          split.forEach((share, i) => {
            const ideal = sum === 0 ? total / weights.length : (total * (weights[i] ?? 0)) / sum;
            expect(Math.abs(share - ideal)).toBeLessThanOrEqual(1.0001);
          });
        }
      )
    );
  });
});
