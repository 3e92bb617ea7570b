import { aSnapshot } from "../testing/builders";
import { reviewLists } from "./review-pack";

describe("reviewLists (the Summary sheet's lists, spec §9)", () => {
  it("ranks risks by probability × impact (high 3, medium 2, low 1), ties in table order, three at most", () => {
    const b = aSnapshot();
    const level = (v: string): string => b.label("levels", v);
    const plan = b
      .rows("Risks", [
        { risk: "low-low", probability: level("low"), impact: level("low") },
        { risk: "med-high", probability: level("medium"), impact: level("high") },
        { risk: "unrated" },
        { risk: "high-med", probability: level("high"), impact: level("medium") },
        { risk: "high-high", probability: level("high"), impact: level("high") },
        { probability: level("high"), impact: level("high") },
      ])
      .plan();
    expect(reviewLists(plan, null).risks).toEqual([
      { row: 4, score: 9 },
      { row: 1, score: 6 },
      { row: 3, score: 6 },
    ]);
  });

  it("lists the next five activities after the month T by date, skipping done, cancelled and undated ones", () => {
    const b = aSnapshot()
      .withActivity("before T", "2027-03-31", 1, "planned")
      .withActivity("done", "2027-04-02", 1, "done")
      .withActivity("cancelled", "2027-04-03", 1, "cancelled")
      .withActivity("undated", null, 1, "planned")
      .withActivity("late", "2027-09-01", 1)
      .withActivity("first", "2027-04-01", 1, "planned")
      .withActivity("same day, later row", "2027-09-01", 1, "planned")
      .withActivity("b", "2027-05-01", 1)
      .withActivity("c", "2027-06-01", 1)
      .withActivity("d", "2027-12-01", 1);
    const plan = b.plan();
    expect(reviewLists(plan, "2027-03").activities).toEqual([5, 7, 8, 4, 6]);
    expect(reviewLists(plan, null).activities).toEqual([0, 5, 7, 8, 4]);
  });

  it("names the decision makers, supporters and opponents in table order", () => {
    const b = aSnapshot();
    const plan = b
      .rows("DecisionGroup", [
        {
          person: "A",
          role: b.label("dmu_roles", "decision_maker"),
          attitude: b.label("attitudes", "opponent"),
        },
        {
          person: "B",
          role: b.label("dmu_roles", "user"),
          attitude: b.label("attitudes", "supporter"),
        },
        {
          person: "",
          role: b.label("dmu_roles", "decision_maker"),
          attitude: b.label("attitudes", "supporter"),
        },
        {
          person: "C",
          role: b.label("dmu_roles", "economic"),
          attitude: b.label("attitudes", "supporter"),
        },
      ])
      .plan();
    const lists = reviewLists(plan, null);
    expect(lists.decisionMakers).toEqual([0]);
    expect(lists.supporters).toEqual([1, 3]);
    expect(lists.opponents).toEqual([0]);
  });
});
