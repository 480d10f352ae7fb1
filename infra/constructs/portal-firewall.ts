import { CfnWebACL } from "aws-cdk-lib/aws-wafv2";
import { Construct } from "constructs";
import { ROUTES, type RouteDefinition } from "#api/routes";
import { API_PREFIX } from "./portal-edge-functions";

/** CloudFront's web ACLs (scope CLOUDFRONT) can only be created in this region. */
export const FIREWALL_REGION = "us-east-1";

/** How long WAF counts each client's requests for its rate rules. */
export const RATE_WINDOW_SECONDS = 300;

/**
 * Requests one IP address may send in a window, all paths together: a person clicking through
 * the portal makes a few dozen (files, then API calls), an office behind one NAT a few hundred.
 */
export const REQUESTS_PER_IP = 1_000;

/**
 * Requests one IP address may send to the credential routes (sign-in, sign-up, codes) in a
 * window: the API's stage throttle for them is shared by all clients, this one is per client.
 */
export const CREDENTIAL_REQUESTS_PER_IP = 50;

/** The credential routes (`throttle: "auth"` in the route table) as the distribution sees them. */
export function credentialPaths(): string[] {
  const routes: RouteDefinition[] = Object.values(ROUTES);
  return routes.filter((route) => route.throttle === "auth").map((route) => `${API_PREFIX}${route.path}`);
}

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

/** Blocked requests get 429, which the portal answers with its retry message. */
const TOO_MANY: CfnWebACL.RuleActionProperty = { block: { customResponse: { responseCode: 429 } } };

function exactPath(path: string): CfnWebACL.StatementProperty {
  return {
    byteMatchStatement: {
      fieldToMatch: { uriPath: {} },
      positionalConstraint: "EXACTLY",
      searchString: path,
      textTransformations: [{ priority: 0, type: "NONE" }],
    },
  };
}

function credentialRequests(): CfnWebACL.StatementProperty {
  const paths = credentialPaths().map(exactPath);
  return {
    andStatement: {
      statements: [
        {
          byteMatchStatement: {
            fieldToMatch: { method: {} },
            positionalConstraint: "EXACTLY",
            searchString: "POST",
            textTransformations: [{ priority: 0, type: "NONE" }],
          },
        },
        // An OR needs two statements at least; the route table has eight credential routes.
        { orStatement: { statements: paths } },
      ],
    },
  };
}

/**
 * The portal distribution's AWS WAF web ACL: per-IP rate limits (the API's own throttles are per
 * stage and route, for all clients together), one for everything and a tighter one for the
 * credential routes. Everything else is allowed. Scope CLOUDFRONT, so its stack must be in
 * FIREWALL_REGION.
 */
export class PortalFirewall extends Construct {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: { stage: string }) {
    super(scope, id);
    this.webAcl = new CfnWebACL(this, "WebAcl", {
      name: `support-center-${props.stage}-portal`,
      description: "Per-IP rate limits on the support portal and its API",
      scope: "CLOUDFRONT",
      defaultAction: { allow: {} },
      visibilityConfig: visibility(`support-center-${props.stage}-portal`),
      rules: [
        {
          name: "CredentialRoutesPerIp",
          priority: 0,
          action: TOO_MANY,
          statement: {
            rateBasedStatement: {
              aggregateKeyType: "IP",
              limit: CREDENTIAL_REQUESTS_PER_IP,
              evaluationWindowSec: RATE_WINDOW_SECONDS,
              scopeDownStatement: credentialRequests(),
            },
          },
          visibilityConfig: visibility("CredentialRoutesPerIp"),
        },
        {
          name: "RequestsPerIp",
          priority: 1,
          action: TOO_MANY,
          statement: {
            rateBasedStatement: {
              aggregateKeyType: "IP",
              limit: REQUESTS_PER_IP,
              evaluationWindowSec: RATE_WINDOW_SECONDS,
            },
          },
          visibilityConfig: visibility("RequestsPerIp"),
        },
      ],
    });
  }

  get arn(): string {
    return this.webAcl.attrArn;
  }
}
