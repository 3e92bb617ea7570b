import { CLEAN, findingsOf } from "./testing/fixture";

describe("rule checks on a clean plan", () => {
  it("find nothing on a complete, consistent half-year plan", () => {
    expect(findingsOf(CLEAN)).toEqual([]);
    expect(findingsOf(CLEAN, "2027-04-09", "en")).toEqual([]);
  });
});
