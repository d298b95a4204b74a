/**
 * Emits `client.with_raw_response`: for each endpoint group a class with the same methods as the group's resource,
 * answering `RawResponse[<what the plain method returns>]` (status, headers, `parse()`), and the groups object
 * that reaches them. Modules of their own, so the plain resources import nothing of it.
 */
import type { EndpointDescription } from './describe.ts';
import { HEADER, method } from './emit.ts';
import { pascal, snake } from './names.ts';

const groupsOf = (endpoints: EndpointDescription[]) => [...new Set(endpoints.map((e) => e.group))].sort();

/** `resources/raw/<group>.py`: the raw-response methods of one group, sync and async. */
export function emitRawResource(group: string, endpoints: EndpointDescription[]): string {
  const mine = endpoints.filter((e) => e.group === group);
  const sync = mine.map((e) => method(e, false, true)).join('\n\n');
  const awaited = mine.map((e) => method(e, true, true)).join('\n\n');
  const uses = (pattern: RegExp) => pattern.test(`${sync}\n${awaited}`);
  const typing = [
    'TYPE_CHECKING',
    ...(uses(/\bAny\b/) ? ['Any'] : []),
    'cast',
    ...(uses(/@overload\b/) ? ['overload'] : []),
  ];
  const given = [
    ...(uses(/\bMultipartFields\b/) ? ['MultipartFields'] : []),
    ...(uses(/\bNOT_GIVEN\b/) ? ['NOT_GIVEN'] : []),
    ...(uses(/\bNotGiven\b/) ? ['NotGiven'] : []),
    'RequestOptions',
    ...(uses(/\bUploadFiles\b/) ? ['UploadFiles'] : []),
  ];
  const checking = [
    ...(uses(/\bhttpx\./) ? ['    import httpx', ''] : []),
    ...(uses(/\b_params\./) ? ['    from ... import _params'] : []),
    ...(uses(/\b_results\./) ? ['    from ... import _results'] : []),
    '    from ..._raw import RawResponse',
  ];
  return `${HEADER}"""\`\`client.with_raw_response.${snake(group)}\`\`: the \`\`${group}\`\` endpoints answering the response itself."""

from __future__ import annotations

from typing import ${typing.join(', ')}

from ..._resource import AsyncResource, SyncResource
from ..._types import ${given.join(', ')}

if TYPE_CHECKING:
${checking.join('\n')}


class ${pascal(group)}WithRawResponse(SyncResource):
    """The \`\`${group}\`\` methods, each answering \`\`RawResponse[...]\`\`."""

${sync}


class Async${pascal(group)}WithRawResponse(AsyncResource):
    """The \`\`${group}\`\` methods, awaited, each answering \`\`RawResponse[...]\`\`."""

${awaited}
`;
}

export function emitRawInit(): string {
  return `${HEADER}"""\`\`client.with_raw_response\`\`: one module per endpoint group."""\n`;
}

/** `_raw_groups.py`: the object \`client.with_raw_response\` gives, one attribute per group, imported on first use. */
export function emitRawGroups(endpoints: EndpointDescription[]): string {
  const groups = groupsOf(endpoints);
  const cls = (g: string, isAsync: boolean) => `${isAsync ? 'Async' : ''}${pascal(g)}WithRawResponse`;
  const imports = groups.map((g) => `    from .resources.raw.${snake(g)} import ${cls(g, true)}, ${cls(g, false)}`);
  const prop = (g: string, isAsync: boolean) => `    @cached_property
    def ${snake(g)}(self) -> ${cls(g, isAsync)}:
        from .resources.raw.${snake(g)} import ${cls(g, isAsync)}

        return ${cls(g, isAsync)}(self._client)`;
  return `${HEADER}"""\`\`client.with_raw_response\`\`: the endpoint groups, each method answering the response itself."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._async_client import BaseAsyncClient
    from ._sync_client import BaseClient
${imports.join('\n')}


class RawGroups:
    """\`\`client.with_raw_response\`\`: \`\`client.with_raw_response.objects.get(id=...)\`\` answers a \`\`RawResponse\`\`."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

${groups.map((g) => prop(g, false)).join('\n\n')}


class AsyncRawGroups:
    """\`\`client.with_raw_response\`\` of the async client."""

    def __init__(self, client: BaseAsyncClient) -> None:
        self._client = client

${groups.map((g) => prop(g, true)).join('\n\n')}
`;
}
