"""The OpenAPI document as the client is generated from it (stdin to stdout); the snapshot itself stays as served.

Three changes, all so the web app keeps its design, where the API alone judges input and the pages show what it says:
- An enumeration becomes a string (its values listed in the description): the pages key their texts by the API's
  kebab-case names and show a value they do not know yet as it is, rather than fail to read the whole answer.
- A schema only ever sent (a request body) lists no required members, so each member is nullable in C# and a form
  left blank is sent as null; the API then names the missing field in its problem details, shown next to it.
- A schema that is one of a string and an object (a protocol duration: "P7D" or {"workingDays": 5, ...}) becomes a
  JSON value (JsonElement), which the pages read as either; NSwag would type it as its first form and fail on the other.
"""
import json
import sys

document = json.load(sys.stdin)
schemas = document["components"]["schemas"]


def referenced(node, found):
    """The names of the component schemas node refers to, directly or through them."""
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in found:
                found.add(name)
                referenced(schemas[name], found)
        for value in node.values():
            referenced(value, found)
    elif isinstance(node, list):
        for value in node:
            referenced(value, found)
    return found


def string_or_object(schema):
    forms = {form.get("type") for form in schema.get("oneOf", [])}
    return forms == {"string", "object"}


def redirect(node, old, new):
    """Points every reference to component old at component new."""
    if isinstance(node, dict):
        if node.get("$ref") == f"#/components/schemas/{old}":
            node["$ref"] = f"#/components/schemas/{new}"
        for value in node.values():
            redirect(value, old, new)
    elif isinstance(node, list):
        for value in node:
            redirect(value, old, new)


for name in [name for name, schema in schemas.items() if string_or_object(schema)]:
    del schemas[name]
    redirect(document, name, "JsonElement")

sent, received = set(), set()
for operations in document["paths"].values():
    for operation in operations.values():
        if isinstance(operation, dict):
            referenced(operation.get("requestBody", {}), sent)
            referenced(operation.get("responses", {}), received)

for name, schema in schemas.items():
    if "enum" in schema:
        values = ", ".join(str(v) for v in schema["enum"])
        schemas[name] = {"type": "string", "description": f"One of: {values}."}
    elif name in sent - received:
        schema.pop("required", None)

json.dump(document, sys.stdout, indent=2, ensure_ascii=False)
