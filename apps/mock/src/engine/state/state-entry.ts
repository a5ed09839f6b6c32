/* What the admin API and the helpers show of a stored resource; nothing here refers to Prism. */

/** One stored resource. */
export interface StateEntry {
  /** The vendor's prefix (`syllable`). */
  vendor: string;
  /** The operation that stored it last (or that it was seeded for). */
  operation: string;
  /** The path that names it: `/api/v1/outbound/campaigns/679645`, `/api/v1/channels/1`. */
  key: string;
  /** The session whose requests see it, or null. */
  session: string | null;
  /** As the next update starts from it, and as the last one answered it. */
  resource: unknown;
}
