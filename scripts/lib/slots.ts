/** At most `count` tasks at once; the others wait their turn, in order (those marked `first` go ahead of the queue). */
export function slots(count: number) {
  let free = count;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>, first = false): Promise<T> => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resolve) => (first ? waiting.unshift(resolve) : waiting.push(resolve)));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}
