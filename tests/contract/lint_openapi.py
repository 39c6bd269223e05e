#!/usr/bin/env python3
"""Lints docs/protocol.yaml, the contract between a kiosk and a retailer's backend.

Needs only Debian's python3-yaml and python3-jsonschema (packaging/install-deps.sh), nothing from the
network: the OpenAPI 3.0 meta-schema ships beside this script (openapi-3.0.schema.json, the OpenAPI
Initiative's schema of 2021-09-28, Apache-2.0).

Checks, beyond the meta-schema:
  - every local $ref resolves; there are no remote ones;
  - every operation has a summary, declared tags and at least one 2xx response; path template parameters
    are declared as required path parameters; a security requirement names a declared scheme;
  - every schema is a valid JSON Schema once translated, its `required` names are properties it declares,
    and its `example` values (and those of parameters) validate against it;
  - `/v1/admin/*` operations are tagged `admin`, marked `x-reference-only: true` and need the
    `adminToken` scheme; nothing else is marked reference-only or accepts the admin credential.

  lint_openapi.py SPEC [--json-out FILE]   lints SPEC; with --json-out also writes it as JSON
  lint_openapi.py SPEC --convert-to FILE   only writes SPEC as JSON (for the conformance suite's build)
  lint_openapi.py SPEC --self-test         lints deliberately broken copies of SPEC; exit 0 when the
                                           linter rejects every one of them (and accepts SPEC itself)
"""

import argparse
import copy
import json
import os
import re
import sys

import jsonschema
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load_spec(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def resolve(spec, ref):
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[part]
    return node


def to_json_schema(spec, schema):
    """An OpenAPI 3.0 schema object as a stand-alone draft-04 JSON Schema ($refs inlined lazily)."""
    openapi_only = {"nullable", "discriminator", "readOnly", "writeOnly", "xml", "externalDocs",
                    "example", "deprecated"}

    def convert(node, depth=0):
        if depth > 40:
            return {}
        if isinstance(node, dict):
            if "$ref" in node:
                return convert(resolve(spec, node["$ref"]), depth + 1)
            out = {}
            for key, value in node.items():
                if key in openapi_only or key.startswith("x-"):
                    continue
                if key == "properties":
                    out[key] = {name: convert(sub, depth + 1) for name, sub in value.items()}
                elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
                    out[key] = convert(value, depth + 1)
                elif key in ("allOf", "anyOf", "oneOf"):
                    out[key] = [convert(sub, depth + 1) for sub in value]
                else:
                    out[key] = value
            if node.get("nullable") and "type" in out:
                out["type"] = [out["type"], "null"]
            return out
        return node

    return convert(schema)


def walk_refs(node, where, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.append((where, value))
            else:
                walk_refs(value, f"{where}/{key}", found)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            walk_refs(value, f"{where}/{i}", found)


def walk_schemas(node, where, visit):
    """Calls visit(where, schema) for every inline schema object under node."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "schema" and isinstance(value, dict):
                visit(f"{where}/schema", value)
            elif key == "schemas" and isinstance(value, dict) and where.endswith("components"):
                for name, sub in value.items():
                    visit(f"{where}/schemas/{name}", sub)
            walk_schemas(value, f"{where}/{key}", visit)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            walk_schemas(value, f"{where}/{i}", visit)


def nested_schemas(schema, where):
    """schema and every schema nested in it (properties, items, ...), without following $refs."""
    yield where, schema
    if not isinstance(schema, dict):
        return
    for name, sub in (schema.get("properties") or {}).items():
        yield from nested_schemas(sub, f"{where}/properties/{name}")
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            yield from nested_schemas(schema[key], f"{where}/{key}")
    for key in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(schema.get(key) or []):
            yield from nested_schemas(sub, f"{where}/{key}/{i}")


def lint(spec):
    """The problems found in spec, one line each; empty when it is valid."""
    problems = []
    if not isinstance(spec, dict):
        return ["the document is not a YAML mapping"]

    with open(os.path.join(HERE, "openapi-3.0.schema.json"), encoding="utf-8") as f:
        meta = json.load(f)
    validator = jsonschema.Draft4Validator(meta)
    for error in sorted(validator.iter_errors(spec), key=lambda e: list(e.absolute_path)):
        path = "/".join(str(p) for p in error.absolute_path)
        problems.append(f"meta-schema: /{path}: {error.message[:300]}")
    if problems:
        return problems

    refs = []
    walk_refs(spec, "#", refs)
    for where, ref in refs:
        try:
            resolve(spec, ref)
        except (KeyError, TypeError, IndexError):
            problems.append(f"{where}: $ref {ref} does not resolve")
    if problems:
        return problems

    declared_tags = {t["name"] for t in spec.get("tags", [])}
    schemes = set((spec.get("components") or {}).get("securitySchemes", {}) or {})
    for requirement in spec.get("security", []):
        for name in requirement:
            if name not in schemes:
                problems.append(f"#/security: unknown security scheme {name}")

    for path, item in spec["paths"].items():
        template_params = set(re.findall(r"{([^}]+)}", path))
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{method.upper()} {path}"
            if not op.get("summary"):
                problems.append(f"{where}: no summary")
            tags = op.get("tags") or []
            if not tags:
                problems.append(f"{where}: no tags")
            for tag in tags:
                if tag not in declared_tags:
                    problems.append(f"{where}: tag {tag} is not declared under tags")
            if not any(str(code).startswith("2") for code in op["responses"]):
                problems.append(f"{where}: no 2xx response")
            params = [resolve(spec, p["$ref"]) if "$ref" in p else p
                      for p in item.get("parameters", []) + op.get("parameters", [])]
            path_params = {p["name"] for p in params if p.get("in") == "path"}
            for name in template_params - path_params:
                problems.append(f"{where}: path parameter {{{name}}} is not declared")
            for name in path_params - template_params:
                problems.append(f"{where}: path parameter {name} is not in the path")
            for p in params:
                if p.get("in") == "path" and p.get("required") is not True:
                    problems.append(f"{where}: path parameter {p['name']} must be required")
            security = op.get("security", spec.get("security", []))
            used = {name for requirement in security for name in requirement}
            for name in used - schemes:
                problems.append(f"{where}: unknown security scheme {name}")
            admin = path.startswith("/v1/admin/")
            if admin:
                if "admin" not in tags:
                    problems.append(f"{where}: admin operations carry the admin tag")
                if op.get("x-reference-only") is not True:
                    problems.append(f"{where}: admin operations are marked x-reference-only: true")
                if used != {"adminToken"}:
                    problems.append(f"{where}: admin operations need the adminToken scheme only")
            else:
                if op.get("x-reference-only"):
                    problems.append(f"{where}: only /v1/admin/* is reference-only")
                if "adminToken" in used:
                    problems.append(f"{where}: the admin credential is for /v1/admin/* only")

    def check_schema(where, schema):
        for inner_where, inner in nested_schemas(schema, where):
            if not isinstance(inner, dict) or "$ref" in inner:
                continue
            props = inner.get("properties")
            if props is not None:
                for name in inner.get("required", []):
                    if name not in props:
                        problems.append(f"{inner_where}: required {name} is not among its properties")
            try:
                translated = to_json_schema(spec, inner)
                jsonschema.Draft4Validator.check_schema(translated)
            except jsonschema.SchemaError as error:
                problems.append(f"{inner_where}: not a valid schema: {error.message[:200]}")
                continue
            except RecursionError:
                continue
            if "example" in inner:
                for error in jsonschema.Draft4Validator(translated).iter_errors(inner["example"]):
                    problems.append(f"{inner_where}: its example does not match: {error.message[:200]}")

    walk_schemas(spec, "#", check_schema)

    for path, item in spec["paths"].items():
        for method in METHODS:
            for p in (item.get(method) or {}).get("parameters", []):
                if "example" in p and "schema" in p:
                    schema = to_json_schema(spec, p["schema"])
                    for error in jsonschema.Draft4Validator(schema).iter_errors(p["example"]):
                        problems.append(f"{method.upper()} {path}: parameter {p['name']} example: "
                                        f"{error.message[:200]}")
    return problems


def broken_copies(spec):
    """(what was broken, broken spec) pairs, each with one defect a linter must catch."""
    def variant(label, change):
        broken = copy.deepcopy(spec)
        change(broken)
        return label, broken

    first_path = next(iter(spec["paths"]))
    first_op = next(m for m in METHODS if m in spec["paths"][first_path])
    return [
        variant("no info", lambda s: s.pop("info")),
        variant("openapi version 2.0", lambda s: s.update(openapi="2.0")),
        variant("a response without a description",
                lambda s: s["paths"][first_path][first_op]["responses"]["200"].pop("description")),
        variant("a dangling $ref", lambda s: s["components"]["schemas"].pop("Error")),
        variant("a path parameter never declared",
                lambda s: s["paths"]["/v1/orders/{orderId}"]["get"].pop("parameters")),
        variant("a schema type that does not exist",
                lambda s: s["components"]["schemas"]["Return"]["properties"]["refundTotal"].update(
                    type="money")),
        variant("a required property that is not declared",
                lambda s: s["components"]["schemas"]["Order"]["required"].append("nonsense")),
        variant("an example that contradicts its schema",
                lambda s: s["components"]["schemas"]["Order"]["properties"]["currency"].update(
                    example="euro")),
        variant("an admin route not marked reference-only",
                lambda s: s["paths"]["/v1/admin/stats"]["get"].pop("x-reference-only")),
        variant("an undeclared tag",
                lambda s: s["paths"][first_path][first_op].update(tags=["nowhere"])),
    ]


def broken_texts(text):
    """(what was broken, broken YAML text) pairs: defects that are in the text, not in the structure."""
    summary = "      summary: Liveness probe\n"
    assert summary in text
    return [
        # The defect a colleague fixed: an unquoted text with ": " in it is no longer a plain string.
        ("an unquoted summary with a colon in it",
         text.replace(summary, "      summary: Liveness probe: is the backend up\n", 1)),
        ("a tab in the indentation", text.replace(summary, "\t" + summary.lstrip(" "), 1)),
    ]


def lint_text(text):
    try:
        return lint(yaml.safe_load(text))
    except yaml.YAMLError as error:
        return [f"not YAML: {str(error).splitlines()[0]}"]


def write_json(spec, path):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(spec, f, indent=1, sort_keys=True, default=str)
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("spec")
    parser.add_argument("--json-out", help="also write the spec as JSON here")
    parser.add_argument("--convert-to", help="write the spec as JSON here without linting it")
    parser.add_argument("--self-test", action="store_true",
                        help="prove the linter rejects broken copies of the spec")
    args = parser.parse_args()

    try:
        spec = load_spec(args.spec)
    except (OSError, yaml.YAMLError) as error:
        print(f"{args.spec}: cannot read: {error}", file=sys.stderr)
        return 1
    if args.convert_to:
        write_json(spec, args.convert_to)
        return 0
    problems = lint(spec)

    if args.self_test:
        if problems:
            print(f"{args.spec} itself does not lint, so the self-test proves nothing:", file=sys.stderr)
            print("\n".join(problems), file=sys.stderr)
            return 1
        missed = 0
        with open(args.spec, encoding="utf-8") as f:
            text = f.read()
        variants = [(label, lambda b=broken: lint(b)) for label, broken in broken_copies(spec)]
        variants += [(label, lambda t=broken: lint_text(t)) for label, broken in broken_texts(text)]
        for label, run in variants:
            found = run()
            if found:
                print(f"rejected ({label}): {found[0]}")
            else:
                print(f"NOT REJECTED: {label}", file=sys.stderr)
                missed += 1
        return 1 if missed else 0

    if problems:
        for problem in problems:
            print(f"{args.spec}: {problem}", file=sys.stderr)
        print(f"{args.spec}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    if args.json_out:
        write_json(spec, args.json_out)
    print(f"{args.spec}: OK ({len(spec['paths'])} paths)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
