import type { z } from 'zod';
import { inputSchemas, isOperationName, type Handlers, type Result } from '../shared/api';
import { SpaltError, toErrorValue } from '../shared/errors';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Validates one call against the contract and runs it. Every adapter goes through here, so
 * malformed input is refused the same way from IPC and HTTP, and no failure escapes untyped.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: new SpaltError('unknown_operation', { details: name.slice(0, 80) }).toValue() };
  }
  let parsed: ReturnType<(typeof inputSchemas)[typeof name]['safeParse']>;
  try {
    parsed = inputSchemas[name].safeParse(rawInput ?? {});
  } catch (error) {
    // Input so deeply nested that checking it overflows the stack is refused like any other.
    return { ok: false, error: new SpaltError('invalid_input', { details: `(input): ${String(error)}`.slice(0, 200) }).toValue() };
  }
  if (!parsed.success) {
    return { ok: false, error: new SpaltError('invalid_input', { details: describeIssues(parsed.error) }).toValue() };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (!(error instanceof SpaltError)) console.error(`[spalt] ${name} failed:`, error);
    return { ok: false, error: toErrorValue(error) };
  }
}
