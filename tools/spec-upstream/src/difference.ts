/** One way the curated spec and the vendor's differ, at one place of one operation. */
export interface Difference {
  /** Where: `body.Routing.status`, `body.items[].id`, `query.append`, `operation`. */
  readonly location: string;
  readonly kind: DifferenceKind;
  /** What the curated spec says there (`undefined`: nothing). */
  readonly ours: unknown;
  /** What the vendor's spec says there. */
  readonly upstream: unknown;
  /** True when ours refuses a request the vendor accepts: the report then exits 1. */
  readonly breaking: boolean;
}

export type DifferenceKind =
  | "operation-missing"
  | "field-missing-upstream"
  | "field-missing-ours"
  | "parameter-missing-upstream"
  | "parameter-missing-ours"
  | "body-missing"
  | "type"
  | "enum-missing-upstream"
  | "enum-missing-ours"
  | "required"
  | "nullable"
  | "pattern"
  | "minLength"
  | "maxLength"
  | "minimum"
  | "maximum"
  | "format";

/** The differences of one curated operation, split by side. */
export interface OperationReport {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** The vendor's operation it was matched with; undefined when the vendor has none. */
  readonly upstream?: {
    readonly operationId?: string;
    readonly method: string;
    readonly path: string;
  };
  readonly request: readonly Difference[];
  readonly response: readonly Difference[];
}

export interface DriftReport {
  readonly vendor: string;
  readonly operations: readonly OperationReport[];
  /** 1 when any difference is breaking, else 0. */
  readonly exitCode: 0 | 1;
}
