/** Ids the pinned cases send: Twilio SIDs of the documented shape, a watsonx config UUID. */
export const KD = "KD0123456789abcdef0123456789ABCDEF";
export const UO = "UO0123456789abcdef0123456789ABCDEF";
export const CONFIG_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
