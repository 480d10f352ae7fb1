/** An error the API answers with HTTP 400 and `{"__type": type}`, which the SDK raises as an exception named `type`. */
export class SfnApiError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}
