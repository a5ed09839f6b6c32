import type { SuccessResponseJSON } from "openapi-typescript-helpers";
import type { VendorKey, VendorOperations, vendors } from "./vendors.js";

/** A vendor's operationIds. */
export type OperationId<Vendor extends VendorKey> = keyof VendorOperations[Vendor] & string;

/** `vendor.operationId`, e.g. `twilioFlex.updateInteractionChannel`. */
export type OperationName<Vendor extends VendorKey = VendorKey> = {
  [V in Vendor]: `${V}.${OperationId<V>}`;
}[Vendor];

export type VendorOf<Name extends OperationName> =
  Name extends `${infer V extends VendorKey}.${string}` ? V : never;

export type OperationIdOf<Name extends OperationName> = Name extends `${string}.${infer Id}`
  ? Id & OperationId<VendorOf<Name>>
  : never;

/** The openapi-typescript operation an operation name stands for. */
type Operation<Name extends OperationName> = VendorOperations[VendorOf<Name>][OperationIdOf<Name>];

type ParametersOf<Op> = Op extends { parameters: infer P } ? P : object;

type PathParams<Op> = ParametersOf<Op> extends { path: infer P } ? P : never;

type QueryParams<Op> = ParametersOf<Op> extends { query?: infer Q } ? NonNullable<Q> : never;

type HasRequiredKey<T> = object extends T ? false : true;

type BodyOf<Op> = Op extends { requestBody?: { content: infer Content } }
  ? Content[keyof Content]
  : never;

type BodyRequired<Op> = Op extends { requestBody: object } ? true : false;

/** The path parameters, when the operation has any. */
type PathPart<Op> = [PathParams<Op>] extends [never] ? object : { path: PathParams<Op> };

/** The query, when the operation takes one; required only when a query parameter is. */
export type QueryPart<Op> = [QueryParams<Op>] extends [never]
  ? object
  : HasRequiredKey<QueryParams<Op>> extends true
    ? { query: QueryParams<Op> }
    : { query?: QueryParams<Op> };

type BodyPart<Op> = [BodyOf<Op>] extends [never]
  ? object
  : BodyRequired<Op> extends true
    ? { body: BodyOf<Op> }
    : { body?: BodyOf<Op> };

/** Everything one request of an operation carries: `{ path, query, body }` as its spec defines them. */
export type UpdateInput<Name extends OperationName> = Name extends OperationName
  ? // Distributes: a union of names takes the input of one of them, not a blend of all.
    PathPart<Operation<Name>> & QueryPart<Operation<Name>> & BodyPart<Operation<Name>>
  : never;

/** The JSON body of the operation's success response. */
export type UpdateData<Name extends OperationName> =
  Operation<Name> extends Record<string | number, unknown>
    ? SuccessResponseJSON<Operation<Name>>
    : never;

/** The body type of an operation, for the positional methods. */
export type UpdateBody<Name extends OperationName> = BodyOf<Operation<Name>>;

/** The query part of an operation, for the positional methods' options. */
export type UpdateQueryPart<Name extends OperationName> = QueryPart<Operation<Name>>;

type MetadataOperations<Vendor extends VendorKey> =
  (typeof vendors)[Vendor]["metadata"]["operations"];

type PathTemplate<Name extends OperationName> = MetadataOperations<
  VendorOf<Name>
>[OperationIdOf<Name> & keyof MetadataOperations<VendorOf<Name>>] extends {
  path: infer Path extends string;
}
  ? Path
  : string;

/** The `{name}`s of a path template, in order. */
export type PathParamNames<Template extends string> =
  Template extends `${string}{${infer Name}}${infer Rest}` ? [Name, ...PathParamNames<Rest>] : [];

/** The path parameters in the order the path names them: the positional methods' first arguments. */
export type PathArgs<Name extends OperationName> =
  PathParamNames<PathTemplate<Name>> extends infer Names extends string[]
    ? {
        [Index in keyof Names]: PathParams<Operation<Name>>[Names[Index] &
          keyof PathParams<Operation<Name>>];
      }
    : never;

/** The body argument of a positional method: required, optional or absent as the spec says. */
export type BodyArgs<Name extends OperationName> = [UpdateBody<Name>] extends [never]
  ? []
  : BodyRequired<Operation<Name>> extends true
    ? [body: UpdateBody<Name>]
    : [body?: UpdateBody<Name>];
