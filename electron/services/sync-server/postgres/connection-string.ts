/**
 * A connection string for the log and for error messages: the password (in the
 * user part or as a `password=` parameter) is replaced by ***, so that neither
 * the journal nor a bug report ever holds it.
 */
export function withoutPassword(connectionString: string): string {
  return connectionString
    .replace(/^(postgres(?:ql)?:\/\/[^:@/?#]*):[^@/?#]*@/i, '$1:***@')
    .replace(/([?&]password=)[^&#]*/gi, '$1***');
}
