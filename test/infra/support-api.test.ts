import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { AUTH_ROUTE_BURST_LIMIT, AUTH_ROUTE_RATE_LIMIT } from "#infra/constructs/support-api";
import { REGION, ROUTE_LIST, routeKey, template, useSynthesizedStacks } from "./stack-synth";
import { logicalIdOf, only, resources } from "./template-queries";

useSynthesizedStacks();

describe("the HTTP API", () => {
  it("has exactly one route per route-table entry, the JWT authorizer on all but the public ones", () => {
    const authorizerId = logicalIdOf("AWS::ApiGatewayV2::Authorizer");
    const routes = resources("AWS::ApiGatewayV2::Route").map(([, route]) => route.Properties);
    expect(routes.map((route) => route.RouteKey).sort()).toEqual(ROUTE_LIST.map(routeKey).sort());
    for (const route of ROUTE_LIST) {
      const deployed = routes.find((candidate) => candidate.RouteKey === routeKey(route));
      if (route.groups === "public") {
        expect(deployed?.AuthorizationType, routeKey(route)).toBe("NONE");
        expect(deployed?.AuthorizerId, routeKey(route)).toBeUndefined();
      } else {
        expect(deployed, routeKey(route)).toMatchObject({
          AuthorizationType: "JWT",
          AuthorizerId: { Ref: authorizerId },
        });
      }
    }
  });

  it("serves the API document and its reference page to anyone: routes without the authorizer", () => {
    const routes = resources("AWS::ApiGatewayV2::Route").map(([, route]) => route.Properties);
    for (const key of ["GET /openapi.json", "GET /docs", "GET /docs/redoc.js"]) {
      const deployed = routes.find((route) => route.RouteKey === key);
      expect(deployed, key).toMatchObject({ AuthorizationType: "NONE" });
      expect(deployed?.AuthorizerId, key).toBeUndefined();
    }
  });

  it("throttles exactly the credential routes harder, after they exist, keeping the stage default", () => {
    const [stageId, stage] = only("AWS::ApiGatewayV2::Stage");
    const authRoutes = ROUTE_LIST.filter((route) => route.throttle === "auth");
    expect(authRoutes.length).toBeGreaterThan(0);
    expect(stage.Properties.RouteSettings).toEqual(
      Object.fromEntries(
        authRoutes.map((route) => [
          routeKey(route),
          { ThrottlingRateLimit: AUTH_ROUTE_RATE_LIMIT, ThrottlingBurstLimit: AUTH_ROUTE_BURST_LIMIT },
        ]),
      ),
    );
    expect(stage.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: 50,
      ThrottlingBurstLimit: 100,
    });
    const routeIds = Object.fromEntries(
      resources("AWS::ApiGatewayV2::Route").map(([id, route]) => [route.Properties.RouteKey, id]),
    );
    const dependsOn = (template.toJSON().Resources[stageId] as { DependsOn?: string[] }).DependsOn ?? [];
    for (const route of authRoutes) expect(dependsOn, routeKey(route)).toContain(routeIds[routeKey(route)]);
  });

  it("verifies ID tokens of the app client from the stack's user pool", () => {
    const poolId = logicalIdOf("AWS::Cognito::UserPool");
    const clientId = logicalIdOf("AWS::Cognito::UserPoolClient");
    const [, authorizer] = only("AWS::ApiGatewayV2::Authorizer");
    expect(authorizer.Properties).toMatchObject({
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
      JwtConfiguration: { Audience: [{ Ref: clientId }] },
    });
    const issuer = JSON.stringify((authorizer.Properties.JwtConfiguration as { Issuer: unknown }).Issuer);
    expect(issuer).toContain(`https://cognito-idp.${REGION}.`);
    expect(issuer).toContain(`{"Ref":"${poolId}"}`);
  });

  it("has no CORS unless origins are configured, and a throttled default stage", () => {
    const [, api] = only("AWS::ApiGatewayV2::Api");
    expect(api.Properties.CorsConfiguration).toBeUndefined();
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });
});
