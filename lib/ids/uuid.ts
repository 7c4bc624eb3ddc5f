// Ids in URLs are checked before they reach a query: anything else is simply not found.
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id in an action's input, refused before it reaches a query. */
export const idSchema = z.string().refine(isUuid, '无效的编号');
