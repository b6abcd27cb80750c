import type { EventData } from '@asn/contracts';
import type { EventHandler } from '@asn/messaging';
import type { EvaluationDomain } from '../domain/evaluation';

/** What evaluation learns from the learning service's events. */
export const learningEventHandlers = (domain: EvaluationDomain): Record<string, EventHandler> => ({
  'learning.training.completed': (event) => domain.onTrainingCompleted(event.data as EventData<'learning.training.completed'>),
});
