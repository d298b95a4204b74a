/** Tasks about metrics: which ones an object reports, and figures over a time window. */
import { Estate, metricSummary } from './estate.ts';
import type { OperatorTask } from './types.ts';

type Figure = 'min' | 'max' | 'avg' | 'last';

function figureTask(id: string, question: string, object: string, metric: string, from: string, figure: Figure) {
  const task: OperatorTask = {
    id,
    question,
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      const summary = await metricSummary(client, String(estate.byName(object).id), metric, from);
      return { facts: [metric, String(summary[figure])] };
    },
  };
  return task;
}

export const metricTasks: OperatorTask[] = [
  figureTask(
    'max-cpu-web01',
    'What was the highest cpu.load of msk1-web01 over the last hour?',
    'msk1-web01',
    'cpu.load',
    '1h-ago',
    'max',
  ),
  figureTask(
    'avg-mem-web01',
    'What was the average memory use of msk1-web01 over the last hour?',
    'msk1-web01',
    'mem.used',
    '1h-ago',
    'avg',
  ),
  figureTask('last-disk-web01', 'How full is the disk of msk1-web01 now?', 'msk1-web01', 'disk.used', '1h-ago', 'last'),
  figureTask(
    'min-cpu-k8s-node02',
    'What was the lowest cpu.load of spb2-k8s-node02 in the last hour?',
    'spb2-k8s-node02',
    'cpu.load',
    '1h-ago',
    'min',
  ),
  figureTask(
    'peak-cpu-k8s-node01-6h',
    'How high did the CPU of msk1-k8s-node01 go over the last 6 hours?',
    'msk1-k8s-node01',
    'cpu.load',
    '6h-ago',
    'max',
  ),
  {
    id: 'metrics-of-web01',
    question: 'Which metrics does msk1-web01 report?',
    kind: 'read',
    oracle: async (client) => {
      const estate = await Estate.load(client);
      return { facts: await client.objects.metricNames({ id: estate.byName('msk1-web01').id }) };
    },
  },
];
