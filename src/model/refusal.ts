/**
 * Why a command will not do what was asked, as data: `usage` marks a malformed or unknown
 * argument (exit 2); otherwise the command ran and refused (exit 1).
 */
export interface Refusal {
  refused: string;
  usage?: boolean;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refused' in value;
}
