import type { HandlerMap } from '../handler.ts';
import { resourceHandlers } from './resources.ts';

/** Every endpoint's handler; the type makes a missing one a compile error. */
export const allHandlers: HandlerMap = {
  ...resourceHandlers,
} as HandlerMap;
