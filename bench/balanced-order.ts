/**
 * The order of `count` kinds in round `round`: a Williams design. Over `count` rounds (twice as
 * many when `count` is odd) every kind takes every place equally often and follows every other
 * kind equally often, so what one kind leaves behind (a write's stream records, garbage) weighs
 * on all the others alike. A rotation of one fixed order does not do that: each kind would
 * always follow the same one.
 */
export function balancedOrder(count: number, round: number): number[] {
  // First row 0, n-1, 1, n-2, 2, …; each further row adds one (mod n).
  const first: number[] = [];
  for (let low = 0, high = count - 1; first.length < count; ) {
    first.push(low++);
    if (first.length < count) first.push(high--);
  }
  const order = first.map((kind) => (kind + round) % count);
  // With an odd count, the mirrored rows balance who follows whom.
  return count % 2 === 1 && Math.floor(round / count) % 2 === 1 ? order.reverse() : order;
}

/** Rounds in one complete design of `count` kinds (the mirrored rows double it when odd). */
export function designRounds(count: number): number {
  return count % 2 === 0 ? count : 2 * count;
}
