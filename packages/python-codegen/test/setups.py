"""
The per-endpoint part of the every-endpoint test, only where the derived inputs cannot reach a 2xx answer: bodies
for endpoints whose documented example does not fit (templates, ids of records the demo estate lacks), records only
another call makes (jobs, bulks), setups for calls that need a prepared record, and the endpoints the emulator cannot
answer over HTTP, each with the reason. Everything else is derived from the registry (``registry_cases.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from registry_cases import Case, Cases, unique

from saymon_sdk import BasicAuth, Client

#: endpoint id → why no HTTP call can reach a 2xx answer (the test checks that each still fails)
UNREACHABLE: dict[str, str] = {
    "resources.image": "no endpoint stores an image (SAYMON's web UI uploads them); the emulator's seed has none",
    "users.confirmRegistration": "the confirmation token goes out by e-mail only; no endpoint reads it",
    "users.restorePassword": "the restore token goes out by e-mail only; no endpoint reads it",
}

ECHO = {"name": "Echo", "type": 2, "parameters": {"type": "scriptText", "text": "echo ran"}}
TRIGGERS = [{"type": "script", "payload": {"execPath": "./reboot.sh"}, "states": [5]}]


def new_object(cases: Cases) -> str:
    return str(cases.client.objects.create(body={"name": unique("python case object")}).id)


def new_link(cases: Cases) -> str:
    link = cases.client.links.create(body={"source": new_object(cases), "target": new_object(cases)})
    return str(link.id)


def ran_job(cases: Cases) -> tuple[str, str]:
    """An object with a script operation, run once: (object id, job id)."""
    obj = new_object(cases)
    op = cases.client.operations.create_for_object(id=obj, body=ECHO)
    return obj, str(cases.client.operations.execute_for_object(id=obj, opId=op.id, body={}))


def solve(svg: str) -> str:
    """The emulator's CAPTCHA drawn as text glyphs, read back."""
    return "".join(re.findall(r">([A-Z0-9])</text>", svg))


def signup(cases: Cases) -> Case:
    # self-registration is off unless the server configuration turns it on
    cases.client.configuration.update(body={}, options={"extra_body": {"server": {"user": {"auth_enabled": True}}}})
    captcha = cases.client.users.captcha()
    login = unique("signup").replace(" ", "-")
    body = {"token": captcha.token, "captcha": solve(captcha.CAPTCHA), "login": login, "email": f"{login}@example.com"}
    return Case({"body": {**body, "password": f"pw-{login}"}})


def user_with(cases: Cases, permissions: list[str]) -> Client:
    login = unique("python-case-user").replace(" ", "-")
    cases.client.users.create(body={"login": login, "password": f"pw-{login}", "permissions": permissions})
    return cases.client.with_options(auth=BasicAuth(login, f"pw-{login}"))


def state_triggers(cases: Cases) -> Case:
    link = new_link(cases)
    cases.client.links.set_state_triggers(id=link, body=TRIGGERS)
    return Case({"id": link})


def change_password(cases: Cases) -> Case:
    login = unique("python-case-user").replace(" ", "-")
    user = cases.client.users.create(body={"login": login, "password": "old-password"})
    return Case({"id": user.id, "body": {"currentPassword": "old-password", "newPassword": "new-password"}})


def cleared_incident(cases: Cases) -> Case:
    """An incident cleared and marked for removal, which both undo calls take back."""
    incident = cases.client.incidents.create(body=BODIES["incidents.create"](cases))
    cases.client.incidents.clear_remove(id=incident.id)
    return Case({"id": incident.id})


def template_variant(cases: Cases) -> Case:
    return Case({"id": "email", "type": "single"})


#: endpoint id → the body its calls (and fresh records made through it) send, where the example does not fit
BODIES: dict[str, Callable[[Cases], Any]] = {
    "flows.create": lambda c: {"owner_id": "1", "item_ids": [new_object(c), new_object(c)]},
    "links.create": lambda c: {"source": new_object(c), "target": new_object(c)},
    "references.create": lambda c: {"owner": new_object(c), "target": new_object(c)},
    "metricTokens.create": lambda c: {"entityId": new_object(c), "entityType": 1, "metric": "averageCpuLoad"},
    "incidents.create": lambda c: {"entityId": new_object(c), "entityType": 1, "state": 1, "text": "python case"},
    "incidents.comment": lambda c: "Ticket INC-1 opened",
    "jobs.findByEntities": lambda c: {"objects": [ran_job(c)[0]]},
    "scripts.create": lambda c: {"name": unique("case.sh").replace(" ", "-"), "text": "echo hi"},
    "propertyClasses.create": lambda c: {"name": unique("python case class"), "value_type_id": "ip"},
    "operations.createForClass": lambda c: ECHO,
    "operations.createForLink": lambda c: ECHO,
    "links.setStateTriggers": lambda c: TRIGGERS,
    "notificationTemplates.previewDraft": lambda c: {"content": "[SAYMON] {{entity.name}}", "isSubject": True},
    "sessions.create": lambda c: {"login": "admin", "password": "saymon"},
    "users.setFavorites": lambda c: [{"name": "Mine", "objects": ["1"], "links": [], "operations": [], "graphs": []}],
    "agents.uploadUpdate": lambda c: {"file": ("saymon-agent.zip", b"AGENTPKG", "application/zip")},
}

#: collection (path shape) → a record id, for records no create endpoint makes
MAKERS: dict[str, Callable[[Cases], Any]] = {
    "/node/api/jobs": lambda c: ran_job(c)[1],
    "/node/api/bulk": lambda c: c.client.objects.clone_in_background(id=new_object(c)).bulkId,
}

#: endpoint id → the whole case, where a record must be prepared first
SETUPS: dict[str, Callable[[Cases], Case]] = {
    "users.signup": signup,
    "users.changePassword": change_password,
    "links.stateTriggers": state_triggers,
    "incidents.undoClear": cleared_incident,
    "incidents.undoRemove": cleared_incident,
    "notificationTemplates.preview": template_variant,
    "notificationTemplates.restoreDefault": template_variant,
    "agents.uploadUpdate": lambda c: Case(
        {"body": BODIES["agents.uploadUpdate"](c)}, user_with(c, ["upload-agent-updates"])
    ),
}
