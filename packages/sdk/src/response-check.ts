import {
  validateRequest,
  type RequestIssue,
  type ResponseValidators,
} from "@switchboard/client-runtime";

/** Loads a vendor's response validators when first needed (they stay out of the bundle until then). */
export type ResponseValidatorsLoader = () => Promise<ResponseValidators>;

/**
 * A success body checked against the response schema the spec documents for its status, each
 * problem a JSON Pointer under `/body`. A status with no JSON schema is not checked; validators
 * that fail to load are one `unchecked` issue, since the answer cannot be vouched for.
 */
export async function responseIssues(
  load: ResponseValidatorsLoader,
  operationId: string,
  status: number,
  body: unknown,
): Promise<RequestIssue[]> {
  let validators: ResponseValidators;
  try {
    validators = await load();
  } catch {
    const message = "could not be checked: the response validators did not load";
    return [{ path: "/body", rule: "unchecked", message }];
  }
  const byStatus = Object.hasOwn(validators, operationId) ? validators[operationId] : undefined;
  const validator = byStatus?.[String(status)] ?? byStatus?.["2XX"];
  if (validator === undefined) return [];
  return validateRequest(validator, body).map((issue) => ({
    ...issue,
    path: issue.path === "/" ? "/body" : `/body${issue.path}`,
  }));
}
