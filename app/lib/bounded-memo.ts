/**
 * Remembers a pure function's answers by key, up to `limit` of them (then forgets them all and starts again, so memory
 * stays bounded). For formatting that costs far more than a map lookup (Intl date and money formats: a few
 * microseconds each) and that pages ask for again and again with the same values (a list's dates and amounts).
 */
export function boundedMemo<K, V>(fn: (key: K) => V, limit = 5000): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = fn(key);
    if (answers.size >= limit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
