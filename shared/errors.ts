import { translations, type Language, type MessageKey } from './i18n';

export const errorCodes = [
  'invalid_input',
  'unknown_operation',
  'not_found',
  'person_not_found',
  'conflict',
  'database_unreadable',
  'database_too_new',
  'forbidden',
  'unreachable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type ErrorDetails = Record<string, string | number>;

/** An error as it crosses the contract: a code to act on and a message to show. */
export interface SpaltErrorValue {
  code: ErrorCode;
  message: Record<Language, string>;
  details: ErrorDetails;
}

export class SpaltError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
  readonly messages: Record<Language, string>;

  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    const messages = translations(`error.${code}` as MessageKey, details);
    super(messages.en, options);
    this.name = 'SpaltError';
    this.code = code;
    this.details = details;
    this.messages = messages;
  }

  toValue(): SpaltErrorValue {
    return { code: this.code, message: this.messages, details: this.details };
  }

  static fromValue(value: SpaltErrorValue): SpaltError {
    return new SpaltError(value.code, value.details);
  }
}

export function isSpaltErrorValue(value: unknown): value is SpaltErrorValue {
  if (typeof value !== 'object' || value === null) return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && (errorCodes as readonly string[]).includes(code);
}

/** Any thrown value as a typed error value; unknown failures become `internal`. */
export function toErrorValue(error: unknown): SpaltErrorValue {
  if (error instanceof SpaltError) return error.toValue();
  const reason = error instanceof Error ? error.message : String(error);
  return new SpaltError('internal', { details: reason.slice(0, 300) }).toValue();
}
