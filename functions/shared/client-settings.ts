/**
 * What every AWS client of the functions is built with; each client lives in a module of its own
 * (dynamodb-client, sfn-client, cognito-client), so a bundle carries only the clients its handler
 * imports. Endpoints come from the SDK's own AWS_ENDPOINT_URL_<SERVICE> variables, so the same
 * code talks to AWS or to the emulators.
 *
 * Bounded timeouts: an unreachable service must become a 503, not a hanging request. Since
 * @smithy/node-http-handler 4.x, requestTimeout alone only logs a warning when exceeded;
 * throwOnRequestTimeout makes it end the attempt (found by the DynamoDB fault test: a hung
 * DynamoDB held requests until the Lambda itself timed out). Three attempts of at most 3 s end
 * within the functions' 10 s timeout, so the caller gets a 503.
 */
export const CLIENT_SETTINGS = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 2_000, requestTimeout: 3_000, throwOnRequestTimeout: true },
};

/**
 * How plain values become DynamoDB attribute values, by the document client and by hand alike.
 * Frozen: lib-dynamodb writes its own defaults into the options it is given, so it gets a copy.
 */
export const MARSHALL_OPTIONS = Object.freeze({ removeUndefinedValues: true });
