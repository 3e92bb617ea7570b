/** One thing Excel would refuse or repair in a written package. */
export interface OoxmlProblem {
  readonly file: string;
  readonly part: string;
  /** `schema` for xmllint's findings; otherwise the Excel rule's id (`sheet-name`, `future-function`…). */
  readonly rule: string;
  readonly message: string;
}
