import type { MessageKey } from '../../../shared/i18n';
import type { WorkflowState, WorkflowStatus } from '../../../shared/publish/review';
import type { Translator } from '../../i18n';

const stateKeys = {
  draft: 'workflow.state.draft',
  submitted: 'workflow.state.submitted',
  returned: 'workflow.state.returned',
  approved: 'workflow.state.approved',
  scheduled: 'status.scheduled',
  published: 'workflow.state.published',
} as const satisfies Record<WorkflowState, MessageKey>;

/** The state badge's words: "Granskas", "Återsänd", "Schemalagd 8 december 2026 05:00", "Publicerad". */
export function workflowBadge(
  { t, dateTime }: Pick<Translator, 't' | 'dateTime'>,
  status: Pick<WorkflowStatus, 'state' | 'scheduledGmt'>,
): string {
  if (status.state === 'scheduled' && status.scheduledGmt) return t('workflow.scheduledAt', { time: dateTime(status.scheduledGmt) });
  return t(stateKeys[status.state]);
}
