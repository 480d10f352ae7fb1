/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles
 * (infra/constructs/lambda-bundling.ts): the clients' default provider reads the role's
 * credentials from the environment, where Lambda puts them. Run from source (the local stack,
 * the tests) the SDK keeps its full chain.
 */
export { fromEnv as defaultProvider } from "@aws-sdk/credential-provider-env";
