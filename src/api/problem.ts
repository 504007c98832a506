import { ERROR_CODES, type ErrorCode } from '../model/errors.ts';

/** One invalid field of a request, named by its path (`query.limit`, `body.files.0.name`). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** An RFC 9457 problem details object, with the error-table code as an extension member. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ErrorCode;
  readonly instance?: string;
  readonly errors?: readonly FieldError[];
}

/** HTTP status of each API code; every code of the table that the API answers with has a row. */
export const STATUS: Partial<Record<ErrorCode, number>> = {
  API_BAD_REQUEST: 400,
  API_UNAUTHORIZED: 401,
  API_FORBIDDEN: 403,
  API_NOT_FOUND: 404,
  API_METHOD_NOT_ALLOWED: 405,
  API_TOO_LARGE: 413,
  API_UNSUPPORTED_MEDIA_TYPE: 415,
  API_INTERNAL: 500,
};

/** Thrown by handlers and the server; turned into a problem+json response. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: readonly FieldError[] | undefined;
  constructor(code: ErrorCode, detail?: string, errors?: readonly FieldError[]) {
    super(detail ?? ERROR_CODES[code]);
    this.name = 'ApiError';
    this.code = code;
    this.status = STATUS[code] ?? 500;
    this.errors = errors;
  }
}

/** The problem document of an error; `type` is a stable URI per code (not dereferenceable). */
export function toProblem(e: ApiError, instance?: string): Problem {
  return {
    type: `urn:sitrep:error:${e.code}`,
    title: ERROR_CODES[e.code],
    status: e.status,
    detail: e.message,
    code: e.code,
    ...(instance ? { instance } : {}),
    ...(e.errors ? { errors: e.errors } : {}),
  };
}
