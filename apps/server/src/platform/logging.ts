/**
 * Log serializers that keep personal data out of the logs: no query strings (they can hold names or
 * e-mail addresses), no headers, no IP addresses, no bodies. The request id ties a log line to an audit entry.
 */
export const logSerializers = {
  req: (request: { id: string; method: string; url: string }) => ({
    id: request.id,
    method: request.method,
    url: request.url.split('?')[0],
  }),
  res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
}

export function loggerOptions(level: string) {
  return {
    level,
    serializers: logSerializers,
    redact: { paths: ['*.password', '*.email', '*.token', '*.code', '*.authorization', '*.cookie'], censor: '[weg]' },
  }
}
