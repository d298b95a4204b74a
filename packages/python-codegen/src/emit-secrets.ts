/** `_secrets.py`: the one secret classifier of `@saymon-sdk/core`, its word tables taken from core. */
import { SECRET_PAIRS, SECRET_WORDS } from '@saymon-sdk/core/adapter';
import { HEADER } from './emit.ts';
import { pyString } from './names.ts';

export function emitSecrets(): string {
  const words = [...SECRET_WORDS].sort().map(pyString).join(', ');
  const pairs = [...SECRET_PAIRS]
    .map(([a, b]) => `(${pyString(a)}, ${pyString(b)})`)
    .sort()
    .join(', ');
  return `${HEADER}"""Which names and values are secrets: the classifier of @saymon-sdk/core (\`\`secret-names.ts\`\`).

A name is cut into words (\`\`newPassword\`\` → new, password; \`\`x-csrf-token\`\` → x, csrf, token) and is secret
when one word is a secret word, or two neighbours make a secret pair. Whole words only: \`\`monkey\`\` holds no
\`\`key\`\`, \`\`bypass\`\` no \`\`pass\`\`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

REDACTED = "[REDACTED]"
#: words that make a name secret wherever they stand in it
SECRET_WORDS = frozenset({${words}})
#: neighbouring words that make a name secret together; neither alone does
SECRET_PAIRS = frozenset({${pairs}})
#: secrets shorter than this are not looked for
MIN_SECRET_LENGTH = 3

# patterns as text: \`re\` compiles each on first use and caches it (nothing is compiled by \`import saymon_sdk\`)
_CAMEL = r"([a-z0-9])([A-Z])"
_ACRONYM = r"([A-Z]+)([A-Z][a-z])"
_SEPARATORS = r"[^a-z0-9]+"


def name_words(name: str) -> list[str]:
    """The words of a name: camelCase, snake_case, kebab-case, dotted and spaced names alike, lowercased."""
    text = re.sub(_ACRONYM, r"\\1 \\2", re.sub(_CAMEL, r"\\1 \\2", name))
    return [word for word in re.split(_SEPARATORS, text.lower()) if word]


def is_secret_name(name: str) -> bool:
    """Whether a parameter, header, field or property name carries a credential."""
    words = name_words(name)
    return any(
        word in SECRET_WORDS or (i + 1 < len(words) and (word, words[i + 1]) in SECRET_PAIRS)
        for i, word in enumerate(words)
    )


def is_secret_value(value: object, secrets: Iterable[str]) -> bool:
    """Whether a value is one of the known secrets: equality, not containment."""
    return isinstance(value, str) and len(value) >= MIN_SECRET_LENGTH and value in set(secrets)


def is_secret_property(record: Mapping[str, object]) -> bool:
    """Whether a record is a SAYMON property (\`\`{name, value}\`\`) whose name looks secret: its value is a secret."""
    name = record.get("name")
    return isinstance(name, str) and "value" in record and is_secret_name(name)
`;
}
