/** Whether an object has no enumerable properties, found without listing them. */
export function isEmpty(value: object): boolean {
  for (const _ in value) return false;
  return true;
}
