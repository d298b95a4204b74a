"""
What users see, checked by ``mypy --strict`` (no casts, no ignores): the test script runs mypy on this file with
the generated package. It is not executed.
"""

from __future__ import annotations

from saymon_sdk import AsyncClient, BasicAuth, Client, SaymonApiError, models, paginate


def everyday(client: Client) -> None:
    # names of all objects: Object.name is `str | None` until the registry marks it always sent (issue 6)
    names: list[str | None] = [o.name for o in client.objects.list()]
    print(names)
    ids: list[str | float] = [o.id for o in client.objects.list()]
    for incident in client.incidents.list():
        # Incident.id is nullable in today's registry (issue 6 settles it); the check is a narrowing, not a cast
        if incident.id is not None:
            client.incidents.acknowledge(id=incident.id)
    obj: models.Object = client.objects.get(id="1", query={"fields": ["name", "path"]})
    client.objects.update(id=obj.id, body={"name": "renamed"})
    for row in paginate(client.event_log.list, page_size=500):
        print(row.field_id, row.payload)
    try:
        client.objects.get(id=ids[0])
    except SaymonApiError as error:
        print(error.status, error.code, error.server_message)


async def in_async(client: AsyncClient) -> list[str | None]:
    return [o.name for o in await client.objects.list()]


def misuse(client: Client) -> None:
    client.objects.get(id="1", query={"feilds": "name"})  # type: ignore[arg-type]
    client.objects.create(body={"name": 42})  # type: ignore[typeddict-item]
    client.objects.get(ident="1")  # type: ignore[call-arg]
    client.objects.get(id="1").nmae  # type: ignore[attr-defined]  # noqa: B018


with Client("http://127.0.0.1:8080", auth=BasicAuth("admin", "saymon")) as c:
    everyday(c)
