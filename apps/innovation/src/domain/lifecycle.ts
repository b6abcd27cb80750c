import { IDEA_MOVES, type IdeaStatus } from '@asn/contracts';

export type { IdeaStatus };

/** Whether the lifecycle (spec 2, in the contracts) allows the move. */
export const canMove = (from: IdeaStatus, to: IdeaStatus): boolean => IDEA_MOVES[from].includes(to);
