import { luminance, themeNameFor } from "./theme";

describe("themeNameFor", () => {
  it("follows a dark Office theme", () => {
    expect(themeNameFor({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
  });
  it("follows a light or colourful Office theme", () => {
    expect(themeNameFor({ bodyBackgroundColor: "#FFFFFF" }, false)).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: "#e6e6e6" }, false)).toBe("light");
  });
  it("uses high contrast when the system forces colours", () => {
    expect(themeNameFor({ bodyBackgroundColor: "#ffffff" }, true)).toBe("highContrast");
  });
  it("is light when the host does not tell its theme", () => {
    expect(themeNameFor(undefined, false)).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: "not a colour" }, false)).toBe("light");
  });
});

describe("luminance", () => {
  it("is 0 for black and 1 for white, short form too", () => {
    expect(luminance("#000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1);
  });
});

describe("loadTheme", () => {
  it("gives a Fluent theme for each look, dark ones from their own chunk", async () => {
    const { loadTheme } = await import("./theme");
    const light = await loadTheme("light");
    const dark = await loadTheme("dark");
    const contrast = await loadTheme("highContrast");
    expect(light.colorNeutralBackground1).not.toBe(dark.colorNeutralBackground1);
    expect(contrast.colorNeutralBackground1).toBe("#000000");
  });
});
