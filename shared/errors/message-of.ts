/**
 * The message of anything thrown, for logs and developer details. Never for the
 * interface: there, errors are put into words by their code (describeError).
 */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
