/**
 * `compute`, remembered per key, for keys a client sends again and again (a `Content-Type`
 * value). A stranger can send endless distinct ones (a multipart boundary each), so the memo
 * starts over once it holds `limit` keys instead of growing.
 */
export function boundedMemo<Key, Value>(
  compute: (key: Key) => Value,
  limit = 32,
): (key: Key) => Value {
  const known = new Map<Key, Value>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value;
  };
}
