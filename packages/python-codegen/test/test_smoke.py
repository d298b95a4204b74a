from saymon_sdk import BasicAuth, Client


def test_list_objects(emulator):
    with Client(emulator.url, auth=BasicAuth("admin", "saymon")) as client:
        objects = client.objects.list()
        assert objects and all(o.id for o in objects)
        print(type(objects[0]), objects[0].name)
        got = client.objects.get(id=str(objects[0].id), query={"fields": ["name", "path"]})
        print(got)
