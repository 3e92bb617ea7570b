import { aptInstallCommand, provision, SYSTEM_TOOLS } from "./provision";

describe("provision", () => {
  it("lists the five tools the tests need, each with its Debian package", () => {
    expect(SYSTEM_TOOLS.map((t) => t.debianPackage)).toEqual([
      "libreoffice-calc-nogui",
      "chromium",
      "libxml2-utils",
      "poppler-utils",
      "python3-openpyxl",
    ]);
  });

  it("installs without recommended packages (plain chromium drags in systemd)", () => {
    expect(aptInstallCommand(["chromium", "libxml2-utils"])).toBe(
      "apt-get update && apt-get install -y --no-install-recommends chromium libxml2-utils"
    );
  });

  it("does nothing when every tool is present", () => {
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    expect(provision([{ what: "x", debianPackage: "x", present: () => true }])).toBe(true);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });
});
