import { estateTasks } from './estate-tasks.ts';
import { incidentTasks } from './incident-tasks.ts';
import { metricTasks } from './metric-tasks.ts';
import type { OperatorTask } from './types.ts';
import { writeTasks } from './write-tasks.ts';

export type { OperatorTask, Oracle } from './types.ts';

/** Every task of the suite, reads first. */
export const TASKS: readonly OperatorTask[] = [...estateTasks, ...incidentTasks, ...metricTasks, ...writeTasks];
