import { summaryOf } from '@saymon-sdk/core/docs';
import type { Endpoint } from '../../lib/registry.ts';
import { MethodBadge, ProvenanceBadge } from '../explorer/Explorer.tsx';

/** A docs summary with its Markdown code spans (`` `fields` ``) shown as code, not as backticks. */
export function Summary({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return <p class="summary">{parts.map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</p>;
}

/** The endpoint on screen: method and path, title, summary, provenance, SDK method, permissions. */
export function EndpointHead({ endpoint }: { endpoint: Endpoint }) {
  return (
    <header class="endpoint-head">
      <div class="line">
        <MethodBadge method={endpoint.method} />
        <code class="path">{endpoint.path}</code>
      </div>
      <h2 id="request-title">{endpoint.title}</h2>
      <Summary text={summaryOf(endpoint.id)} />
      <div class="meta">
        <ProvenanceBadge provenance={endpoint.provenance} />
        <span class="badge id" title="SDK method">
          client.{endpoint.id}()
        </span>
        <span class="badge section">{endpoint.section}</span>
        {endpoint.auth === false ? <span class="badge">no credentials needed</span> : null}
      </div>
      <div class="permissions">
        <span class="muted">Permissions: </span>
        {endpoint.permissions ? <code>{endpoint.permissions}</code> : <span class="muted">none named</span>}
        {endpoint.permissionsSource === 'sibling' ? <span class="muted"> (from a documented sibling)</span> : null}
      </div>
    </header>
  );
}
