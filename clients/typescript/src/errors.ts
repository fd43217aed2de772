/** One offending field of a refused request. */
export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem, as the service answers every refusal (`application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  /** A stable machine code: `VALIDATION_FAILED`, `CONTACT_EXISTS`, `SESSION_FINISHED`… */
  code: string;
  detail?: string;
  /** Every offending field, for `VALIDATION_FAILED`. */
  errors?: FieldError[];
  /** `CONTACT_EXISTS`: the contact that already has the identifier. */
  existingId?: string;
  /** `UNSUPPORTED_CAPABILITY`: the provider and what it cannot do. */
  provider?: string;
  capability?: string;
}

/** The service refused a call: the problem it answered is in {@link problem}. */
export class OmnichannelError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.detail ?? problem.title}`);
    this.name = 'OmnichannelError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }
}
