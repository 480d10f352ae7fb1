import { useEffect, useState } from "preact/hooks";
import type { components } from "../../../client/openapi";
import { api, call, type Outcome } from "../../api";

export type Product = components["schemas"]["Product"];
export type Build = components["schemas"]["Build"];
export type PlanTerm = components["schemas"]["OwnedPlanTerm"];

/** An API call's outcome once it is there (undefined while loading), redone when `deps` change. */
export function useLoaded<T>(load: () => Promise<Outcome<T>>, deps: unknown[]): Outcome<T> | undefined {
  const [outcome, setOutcome] = useState<Outcome<T>>();
  // The caller names what the load depends on (deps), as with useEffect itself.
  useEffect(() => {
    let current = true;
    setOutcome(undefined);
    void load().then((result) => current && setOutcome(result));
    return () => {
      current = false;
    };
  }, deps);
  return outcome;
}

export function useProducts(): Outcome<Product[]> | undefined {
  const outcome = useLoaded(() => call(api.GET("/products")), []);
  return outcome?.ok ? { ok: true, data: outcome.data.items } : outcome;
}

/** The builds of the product `serial` belongs to, newest first. */
export function loadBuilds(serial: string): Promise<Outcome<Build[]>> {
  return call(api.GET("/products/{serial}/downloads", { params: { path: { serial } } })).then((o) =>
    o.ok ? { ok: true, data: o.data.items } : o,
  );
}

export function useBuilds(serial: string): Outcome<Build[]> | undefined {
  return useLoaded(() => loadBuilds(serial), [serial]);
}

/** The licenses of one product (the catalog's productId), in the order the API lists them. */
export interface ProductGroup {
  productId: string;
  productName: string;
  licenses: Product[];
}

export function groupByProduct(products: Product[]): ProductGroup[] {
  const groups = new Map<string, ProductGroup>();
  for (const license of products) {
    const group = groups.get(license.productId);
    if (group) group.licenses.push(license);
    else
      groups.set(license.productId, {
        productId: license.productId,
        productName: license.productName,
        licenses: [license],
      });
  }
  return [...groups.values()];
}
