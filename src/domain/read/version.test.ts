import { compareVersions } from "./version";

describe("compareVersions", () => {
  it("compares numerically, part by part", () => {
    expect(compareVersions("1.10.0", "1.9.3")).toBeGreaterThan(0);
    expect(compareVersions("0.9.12", "1.0.0")).toBeLessThan(0);
    expect(compareVersions("1.0", "1.0.0")).toBe(0);
    expect(compareVersions("v2.0.0", "1.0.0")).toBeGreaterThan(0);
    expect(compareVersions("one", "1.0.0")).toBeNull();
  });
});
