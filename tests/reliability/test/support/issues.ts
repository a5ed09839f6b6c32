/** Reading the facade's `invalid_input` issues against where a request was broken. */
import type { UpdateIssue } from "@switchboard/sdk";

/** Whether an issue names the broken value itself or a container of it. */
export function issueCovers(issue: UpdateIssue, pointer: string): boolean {
  return issue.path === pointer || pointer.startsWith(`${issue.path}/`);
}
