/*
 * The compiled fast path: a valid request to an operation Prism answers the same way every time
 * gets Prism's first answer again (its status, headers and body, copied and frozen), with the
 * update echoed exactly as the Prism path echoes it. Validity is proved with Prism's own checks;
 * anything else, and anything the fast path cannot prove, is declined (undefined), and the
 * caller asks Prism as before. Operations are compiled on their first request, not at start-up.
 */
import type { MockResponse } from "../../types.js";
import {
  decodedHeaders,
  echoedBody,
  lowerCaseHeaders,
  prismInputOf,
  type VendorRequest,
} from "../answer-request.js";
import { hasBlankCredential } from "../check/blank-credentials.js";
import { decodeBody } from "../check/decode-body.js";
import { askPrism, prismRequestOf } from "../respond/ask-prism.js";
import type { Route, RouteMatch, Vendor } from "../vendor.js";
import { FastPathCounter, type FastPathStats } from "./fast-path-stats.js";
import { declineOperation } from "./operation-eligibility.js";
import { compileValidityCheck, type ValidityCheck } from "./proven-valid.js";
import { declineRequest } from "./request-eligibility.js";
import { SeededAnswers } from "./seeded-answers.js";

/**
 * An operation as the fast path holds it: its compiled checks and answers so far, or why it is
 * left to Prism.
 */
type Compiled =
  { answers: SeededAnswers; name: string; isValid: ValidityCheck } | { declined: string };

export class FastPath {
  readonly #compiled = new WeakMap<Route, Compiled>();
  readonly #counter = new FastPathCounter();

  stats(): FastPathStats {
    return this.#counter.snapshot();
  }

  /** Why the fast path leaves this operation to Prism (undefined: it answers it). */
  declined(vendor: Vendor, route: Route): string | undefined {
    const compiled = this.#compile(vendor, route);
    return "declined" in compiled ? compiled.declined : undefined;
  }

  /** Prism's answer to this request, without Prism, or undefined when it is Prism's to give. */
  async answer(vendor: Vendor, request: VendorRequest): Promise<MockResponse | undefined> {
    const { matched } = request;
    if (!matched || request.unchecked) return undefined;
    const compiled = this.#compile(vendor, matched.route);
    if ("declined" in compiled) return undefined;
    try {
      if (declineRequest(request.headers, request.query)) return undefined;
      const decoded = decodeBody(vendor, request.headers["content-type"] ?? "", request.rawBody);
      if ("violation" in decoded) return undefined;
      // A blank credential is answered as a missing one, which is Prism's to give.
      if (hasBlankCredential(matched.route.operation.security, request)) return undefined;
      // Read only: nothing below changes the request, so it is not copied.
      const headers = decodedHeaders(request, decoded);
      const { accept } = headers;
      if (!compiled.answers.takes(accept)) return undefined;
      const { method, path, query } = request;
      const element = prismRequestOf({ method, path, query, headers, body: decoded.body });
      if (!compiled.isValid(matched, element, query)) return undefined;
      const seeded =
        compiled.answers.get(accept) ??
        (await this.#seed(vendor, matched, compiled, prismInputOf(request, decoded)));
      if (!seeded) return undefined;
      this.#counter.count(compiled.name);
      return { ...seeded, body: echoedBody(matched, seeded.body, decoded.body) };
    } catch {
      // Something Prism's checks did not expect (a header they cannot parse): Prism answers.
      return undefined;
    }
  }

  #compile(vendor: Vendor, route: Route): Compiled {
    let compiled = this.#compiled.get(route);
    if (!compiled) {
      const declined = declineOperation(route.operation, vendor.operations);
      compiled = declined
        ? { declined }
        : {
            answers: new SeededAnswers(),
            name: `${vendor.name}.${route.operationId}`,
            isValid: compileValidityCheck(route.operation),
          };
      this.#compiled.set(route, compiled);
    }
    return compiled;
  }

  /**
   * Asks Prism once for this operation and `Accept`, and keeps its answer when it is the plain
   * success the checks promised; when Prism disagrees, the operation is Prism's from now on.
   */
  async #seed(
    vendor: Vendor,
    matched: RouteMatch,
    { answers }: { answers: SeededAnswers },
    input: ReturnType<typeof prismInputOf>,
  ): Promise<Readonly<MockResponse> | undefined> {
    const answer = await askPrism(vendor, input, matched);
    if ("refused" in answer) return undefined;
    const { output, diagnostics, exampleKey } = answer;
    if (diagnostics.length > 0 || exampleKey !== undefined) {
      this.#decline(matched.route, "Prism found the request invalid where its checks passed");
      return undefined;
    }
    if (output.statusCode < 200 || output.statusCode >= 300) return undefined;
    return answers.seed(input.headers.accept, {
      status: output.statusCode,
      headers: lowerCaseHeaders(output.headers),
      body: output.body,
    });
  }

  #decline(route: Route, reason: string): void {
    this.#compiled.set(route, { declined: reason });
  }
}
