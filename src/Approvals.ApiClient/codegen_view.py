"""The OpenAPI document as the client is generated from it (stdin to stdout); the snapshot itself stays as served.

Two changes, both so the web app keeps its design, where the API alone judges input and the pages show what it says:
- An enumeration becomes a string (its values listed in the description): the pages key their texts by the API's
  kebab-case names and show a value they do not know yet as it is, rather than fail to read the whole answer.
- A schema only ever sent (a request body) lists no required members, so each member is nullable in C# and a form
  left blank is sent as null; the API then names the missing field in its problem details, shown next to it.
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
