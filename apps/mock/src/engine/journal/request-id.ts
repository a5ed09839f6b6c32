/** The response header carrying the journal entry's `requestId`. */
export const REQUEST_ID_HEADER = "x-request-id";
