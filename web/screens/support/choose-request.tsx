import { CUSTOMER_SERVICE_TOPICS } from "#domain/case-topics";
import { useStrings } from "../../i18n";
import { Link } from "../../router";
import { strings, topicWords } from "./strings";

import type { Product } from "./types";

/** Step 1's answer: one of the customer's products (a technical problem) or a customer-service topic. */
export type Choice =
  | { kind: "product"; product: Product }
  | { kind: "topic"; topic: (typeof CUSTOMER_SERVICE_TOPICS)[number] };

const choiceValue = (choice: Choice | undefined) =>
  choice ? (choice.kind === "product" ? `product:${choice.product.serial}` : `topic:${choice.topic}`) : "";

/** Step 1: a radio group of the registered products, then the customer-service topics. */
export function ChooseRequest(props: {
  products: readonly Product[];
  choice: Choice | undefined;
  error: boolean;
  onChoose(choice: Choice): void;
  onNext(): void;
}) {
  const t = useStrings(strings);
  const topics = useStrings(topicWords);
  const chosen = choiceValue(props.choice);
  const radio = (choice: Choice, label: preact.ComponentChildren) => (
    <label class="check option" key={choiceValue(choice)}>
      <input
        type="radio"
        name="request"
        value={choiceValue(choice)}
        checked={chosen === choiceValue(choice)}
        onChange={() => props.onChoose(choice)}
        aria-describedby={props.error ? "choose-error" : undefined}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <form
      class="stack wide"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onNext();
      }}
    >
      <fieldset class="choice">
        <legend>{t.chooseLegend}</legend>
        <h2>{t.productsHeading}</h2>
        {props.products.length ? (
          props.products.map((product) =>
            radio(
              { kind: "product", product },
              <>
                {t.product(product.productName, product.edition, product.productVersion)}
                <span class="hint"> {t.serial(product.serial)}</span>
              </>,
            ),
          )
        ) : (
          <p>
            {t.noProducts} <Link to="/products/register">{t.registerProduct}</Link>
          </p>
        )}
        <h2>{t.topicsHeading}</h2>
        {CUSTOMER_SERVICE_TOPICS.map((topic) => radio({ kind: "topic", topic }, topics[topic]))}
        {props.error ? (
          <p id="choose-error" class="error" role="alert">
            {t.chooseFirst}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" class="primary">
        {t.next}
      </button>
    </form>
  );
}
