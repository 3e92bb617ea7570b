import { describeError } from "./describeError";

describe("describeError", () => {
  it("puts an Office error code before its message and drops the final full stop", () => {
    expect(
      describeError(
        Object.assign(new Error("The cell is being edited."), {
          code: "InvalidOperationInCellEditMode",
        })
      )
    ).toBe("InvalidOperationInCellEditMode: The cell is being edited");
  });
  it("does not repeat a code the message already names", () => {
    expect(
      describeError(Object.assign(new Error("ItemNotFound: no sheet"), { code: "ItemNotFound" }))
    ).toBe("ItemNotFound: no sheet");
  });
  it("describes thrown strings and plain objects", () => {
    expect(describeError("boom")).toBe("boom");
    expect(describeError({ message: "plain" })).toBe("plain");
  });
});
