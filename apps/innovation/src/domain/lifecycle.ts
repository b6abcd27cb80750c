import type { IDEA_STATUSES } from '@asn/contracts';

export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** The idea lifecycle of spec 2 (Innovation): every move not listed here is refused. */
export const ALLOWED_MOVES: Readonly<Record<IdeaStatus, readonly IdeaStatus[]>> = {
  submitted: ['under-review'],
  'under-review': ['approved', 'rejected', 'needs-revision'],
  'needs-revision': ['submitted'],
  approved: ['launched'],
  launched: ['completed'],
  rejected: [],
  completed: [],
};

export const canMove = (from: IdeaStatus, to: IdeaStatus): boolean => ALLOWED_MOVES[from].includes(to);
