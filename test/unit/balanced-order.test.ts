import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { balancedOrder } from "../../bench/balanced-order";

/** The rows of one complete design: `count` of them, or twice that when `count` is odd. */
const design = (count: number) =>
  Array.from({ length: count % 2 === 0 ? count : 2 * count }, (_, round) => balancedOrder(count, round));

describe("the bench's balanced order of kinds in a round (Williams design)", () => {
  it("runs every kind once in every round", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(1000), (count, round) => {
        expect([...balancedOrder(count, round)].sort((a, b) => a - b)).toEqual(
          Array.from({ length: count }, (_, kind) => kind),
        );
      }),
    );
  });

  it("over one design, puts every kind in every place and after every other kind equally often", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), (count) => {
        const rows = design(count);
        const times = rows.length / count;
        for (let place = 0; place < count; place++) {
          const inPlace = rows.map((row) => row[place]);
          for (let kind = 0; kind < count; kind++)
            expect(inPlace.filter((k) => k === kind)).toHaveLength(times);
        }
        const follows = new Map<string, number>();
        for (const row of rows)
          for (let place = 1; place < count; place++) {
            const pair = `${row[place - 1]}>${row[place]}`;
            follows.set(pair, (follows.get(pair) ?? 0) + 1);
          }
        expect(follows.size).toBe(count * (count - 1));
        expect(new Set(follows.values())).toEqual(new Set([times]));
      }),
    );
  });
});
