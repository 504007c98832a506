/**
 * The one table of error and diagnostic codes. Every `SitrepError` and every document
 * diagnostic uses a code from here, so that the CLI, the API and the tests agree on them.
 */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'path does not exist',
  INPUT_UNREADABLE: 'path cannot be read',
  INPUT_EMPTY: 'file is empty or has no text',
  INPUT_BINARY: 'file looks binary, not text',
  INPUT_ENCODING: 'file is not valid UTF-8',
  INPUT_TOO_LARGE: 'file is larger than the size limit',
  INPUT_UNKNOWN_FORMAT: 'file extension or content is not a supported format',
  INPUT_MALFORMED: 'file could not be parsed in its format',
  ITEM_MALFORMED: 'one record or feed item is unusable',
  HTML_NO_CONTENT: 'no main text found in the HTML page',
  HTML_JSONLD_INVALID: 'a JSON-LD block in the page is not valid JSON and was ignored',
  HTML_SIMPLIFIED: 'page too large or too deeply nested for main-text extraction; its visible text was kept',
  DATE_FROM_INGEST: 'no publication date found; ingest time used',
  DATE_UNPARSEABLE: 'a date was present but could not be read',
  FIELD_IGNORED: 'a metadata field could not be read and was left out; the document was kept',
  LANGUAGE_UNSUPPORTED: 'the text is not English; only its sentences were read',
  STORE_FAILURE: 'the database rejected the write',
  STORE_SCHEMA: 'the database schema is newer than this program',
  STORE_NOT_FOUND: 'no database at this path (a command that only reads makes none)',
  USAGE: 'wrong command-line usage',
  PIPELINE_INVALID: 'the stage table is inconsistent',
  SPAN_INVALID: 'a stage produced a span outside the text or not matching its text',
  API_BAD_REQUEST: 'the request is invalid (a parameter or a field of the body)',
  API_UNAUTHORIZED: 'a valid bearer token is required',
  API_FORBIDDEN: 'a change sent from another site (origin) is refused',
  API_NOT_FOUND: 'no such resource',
  API_METHOD_NOT_ALLOWED: 'the resource does not support this method',
  API_TOO_LARGE: 'the request body is larger than the limit',
  API_UNSUPPORTED_MEDIA_TYPE: 'the request body must be application/json',
  API_INTERNAL: 'the server failed to answer the request',
  API_INSECURE_BIND: 'binding to a non-loopback address requires SITREP_TOKEN',
} as const;

/** A code from the error table. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An exception for misuse and I/O failure; carries a code from the table and, when known, the file. */
export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly file: string | null;
  constructor(code: ErrorCode, message?: string, file: string | null = null, options?: ErrorOptions) {
    super(message ?? ERROR_CODES[code], options);
    this.name = 'SitrepError';
    this.code = code;
    this.file = file;
  }
}

/** A problem found in one document; reported with the document, never thrown. */
export interface Diagnostic {
  readonly code: ErrorCode;
  readonly message: string;
  readonly span?: readonly [number, number];
}

/** Builds a diagnostic whose default message comes from the table. */
export function diagnostic(code: ErrorCode, message?: string, span?: readonly [number, number]): Diagnostic {
  return span
    ? { code, message: message ?? ERROR_CODES[code], span }
    : { code, message: message ?? ERROR_CODES[code] };
}
